package net.ocigateway.igc.provisioning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.ocigateway.igc.api.Instance;

/**
 * What one operation knows as it moves through its route: the decoded path, the body as sent (its field
 * presence is what makes PUT partial), and the typed view of it.
 */
public final class ProvisioningRequest {

    /** The exchange property that carries it. */
    public static final String PROPERTY = "igcRequest";

    private final String tenantId;
    private final String groupId;
    private String serviceUserId;
    private final boolean pathNamesInstance;
    private ObjectNode json;
    private Instance instance;
    private String renameTo;

    public ProvisioningRequest(String tenantId, String groupId, String serviceUserId) {
        this.tenantId = tenantId;
        this.groupId = groupId;
        this.serviceUserId = serviceUserId;
        this.pathNamesInstance = serviceUserId != null;
    }

    public String tenantId() {
        return tenantId;
    }

    public String groupId() {
        return groupId;
    }

    /** The instance addressed by the path, or the one a POST creates once its ID is known. */
    public String serviceUserId() {
        return serviceUserId;
    }

    void serviceUserId(String serviceUserId) {
        this.serviceUserId = serviceUserId;
    }

    /** True when the path addresses one instance (get, update, delete), false for the group's list or a create. */
    public boolean pathNamesInstance() {
        return pathNamesInstance;
    }

    public ObjectNode json() {
        return json;
    }

    void json(ObjectNode json) {
        this.json = json;
    }

    public Instance instance() {
        return instance;
    }

    void instance(Instance instance) {
        this.instance = instance;
    }

    /** The ID an update renames the instance to once its modify succeeded; {@code null} when none. */
    public String renameTo() {
        return renameTo;
    }

    void renameTo(String newServiceUserId) {
        this.renameTo = newServiceUserId;
    }
}
