package net.ocigateway.igc.provisioning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.ocigateway.igc.api.ApiError;
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
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private boolean modifyApplied;
    private String step;

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

    /** Whether the body asks for an active state, set in a document of its own once the add or modify succeeded. */
    public boolean activationRequested() {
        return instance != null && instance.active() != null;
    }

    /** Whether an update renames the instance once its modify succeeded. */
    public boolean renameRequested() {
        return renameTo != null;
    }

    /** The ID an update renames the instance to once its modify succeeded; {@code null} when none. */
    public String renameTo() {
        return renameTo;
    }

    void renameTo(String newServiceUserId) {
        this.renameTo = newServiceUserId;
    }

    /** An update's modify succeeded: a later failure leaves it applied (OCI-P documents are not transactional). */
    void modifyApplied() {
        modifyApplied = true;
    }

    /** Names the document about to be sent after the modify, for an error answer that must say what failed. */
    void nextStep(String step) {
        this.step = step;
    }

    /**
     * {@code error} as the answer of an update whose modify already stands, so a caller need not guess from the
     * status whether anything changed; as it is otherwise.
     */
    ApiError withWhatWasApplied(ApiError error) {
        if (!modifyApplied) {
            return error;
        }
        return error.withDetail("reason", "the modify was applied; " + step + " failed: " + error.details().get("reason"))
                .withDetail("modifyApplied", true)
                .withDetail("serviceUserId", serviceUserId);
    }

    /** BroadWorks' warnings on this operation's commands so far, each as the answer's {@code details} shows it. */
    public List<Map<String, Object>> warnings() {
        return warnings;
    }
}
