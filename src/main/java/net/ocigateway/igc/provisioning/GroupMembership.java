package net.ocigateway.igc.provisioning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.OciResponse;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which group an instance belongs to. OCI-P addresses an instance by its ID alone, so without this check a
 * group admin could read or change another group's instance. Every list answer refreshes a short-lived
 * cache; an instance the cache cannot vouch for costs one list round trip, and is never waved through.
 */
@Component
public class GroupMembership {

    static final String SERVICE_USER_ID = "Service User Id";

    private record Group(String tenantId, String groupId) {}

    private final OciClient ociClient;
    private final Cache<String, Group> groupOfInstance;

    public GroupMembership(OciClient ociClient, @Value("${igc.membership-cache-ttl:10s}") Duration ttl) {
        this.ociClient = ociClient;
        this.groupOfInstance = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
    }

    /** True when a recent answer showed the request's instance in the request's group. */
    public boolean isKnownMember(ProvisioningRequest request) {
        return new Group(request.tenantId(), request.groupId())
                .equals(groupOfInstance.getIfPresent(request.serviceUserId()));
    }

    /** Answers 404 unless the request's instance is in the path's group; asks BroadWorks when unsure. */
    public void requireMember(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        if (!isKnownMember(request) && !membersOf(request.tenantId(), request.groupId()).contains(request.serviceUserId())) {
            throw notInGroup(request);
        }
    }

    /** The group's instance IDs, fresh from BroadWorks. */
    public Set<String> membersOf(String tenantId, String groupId) {
        List<OciResponse> answer =
                ociClient.send(List.of(new GroupInstantGroupCallGetInstanceListRequest(tenantId, groupId, null)));
        if (answer.get(0) instanceof ErrorResponse error) {
            throw new BroadWorksRejectedException(error);
        }
        return remember(tenantId, groupId, (GroupInstantGroupCallGetInstanceListResponse) answer.get(0));
    }

    /** Records every instance of a list answer as a member of that group; answers their IDs. */
    public Set<String> remember(String tenantId, String groupId, GroupInstantGroupCallGetInstanceListResponse list) {
        Group group = new Group(tenantId, groupId);
        Set<String> ids = list.instantGroupCallTable().rowsByHeading().stream()
                .map(row -> row.get(SERVICE_USER_ID))
                .collect(Collectors.toUnmodifiableSet());
        ids.forEach(id -> groupOfInstance.put(id, group));
        return ids;
    }

    public void remember(String tenantId, String groupId, String serviceUserId) {
        groupOfInstance.put(serviceUserId, new Group(tenantId, groupId));
    }

    public void forget(String serviceUserId) {
        groupOfInstance.invalidate(serviceUserId);
    }

    static ApiException notInGroup(ProvisioningRequest request) {
        return new ApiException(ErrorCode.NOT_FOUND, "instant group call " + request.serviceUserId()
                + " not found in group " + request.tenantId() + "/" + request.groupId());
    }
}
