package net.ocigateway.igc.provisioning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupGetRequest22V5;
import net.ocigateway.igc.ocip.command.GroupGetResponse22V5;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.settings.PhoneNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Group facts from {@code GroupGetRequest22V5}, cached: a group's domain and CLI number change rarely, and
 * asking for them on every create would double the round trips.
 */
@Component
public class GroupDirectory {

    private record Key(String tenantId, String groupId) {}

    private final OciClient ociClient;
    private final PhoneNumbers phoneNumbers;
    private final Cache<Key, GroupProfile> profiles;

    public GroupDirectory(OciClient ociClient, PhoneNumbers phoneNumbers,
            @Value("${igc.group-cache-ttl:5m}") Duration ttl) {
        this.ociClient = ociClient;
        this.phoneNumbers = phoneNumbers;
        this.profiles = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public GroupProfile profile(String tenantId, String groupId) {
        return profiles.get(new Key(tenantId, groupId), key -> fetch(key.tenantId(), key.groupId()));
    }

    private GroupProfile fetch(String tenantId, String groupId) {
        List<OciResponse> answer = ociClient.send(List.of(new GroupGetRequest22V5(tenantId, groupId)));
        if (answer.get(0) instanceof ErrorResponse error) {
            throw new BroadWorksRejectedException(error);
        }
        var group = (GroupGetResponse22V5) answer.get(0);
        Integer countryCode = group.callingLineIdPhoneNumber() == null ? null
                : phoneNumbers.countryCodeOf(phoneNumbers.fromBroadWorksTable(group.callingLineIdPhoneNumber(), null))
                        .orElse(null);
        return new GroupProfile(tenantId, groupId, group.defaultDomain(), countryCode);
    }
}
