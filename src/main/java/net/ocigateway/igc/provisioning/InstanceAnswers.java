package net.ocigateway.igc.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.ocigateway.igc.api.Department;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.api.InstanceList;
import net.ocigateway.igc.api.ListItem;
import net.ocigateway.igc.api.ServiceInstanceProfile;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListResponse18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.ServiceInstanceReadProfile19sp1;
import net.ocigateway.igc.settings.IgcSettings;
import net.ocigateway.igc.settings.PhoneNumbers;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Maps BroadWorks' answers back to the JSON contract, and each {@code ErrorResponse} to its §3 error. */
@Component
public class InstanceAnswers {

    private static final Logger log = LoggerFactory.getLogger(InstanceAnswers.class);

    private final IgcSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final GroupDirectory groupDirectory;
    private final GroupMembership membership;
    private final BroadWorksErrors broadWorksErrors;
    private final ServiceUserIds serviceUserIds;
    private final OciClient ociClient;
    private final InstanceCommands instanceCommands;

    public InstanceAnswers(IgcSettings settings, PhoneNumbers phoneNumbers, GroupDirectory groupDirectory,
            GroupMembership membership, BroadWorksErrors broadWorksErrors, ServiceUserIds serviceUserIds,
            OciClient ociClient, InstanceCommands instanceCommands) {
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.groupDirectory = groupDirectory;
        this.membership = membership;
        this.broadWorksErrors = broadWorksErrors;
        this.serviceUserIds = serviceUserIds;
        this.ociClient = ociClient;
        this.instanceCommands = instanceCommands;
    }

    public InstanceList list(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(answer);
        var instances = find(answer, GroupInstantGroupCallGetInstanceListResponse.class).orElseThrow();
        membership.remember(request.tenantId(), request.groupId(), instances);
        Map<String, Map<String, String>> departments = find(answer, GroupDepartmentGetListResponse18.class)
                .orElseThrow().departmentTable().rowsByHeading().stream()
                .collect(Collectors.toMap(row -> row.get("Department Name"), Function.identity(),
                        InstanceAnswers::groupDepartmentFirst));
        Integer fallbackCountry = settings.groupNumbersUseCcCli()
                ? groupDirectory.profile(request.tenantId(), request.groupId()).countryCode()
                : null;
        return new InstanceList(instances.instantGroupCallTable().rowsByHeading().stream()
                .map(row -> new ListItem(
                        row.get(GroupMembership.SERVICE_USER_ID),
                        row.get("Name"),
                        phoneNumbers.fromBroadWorksTable(row.get("Phone Number"), fallbackCountry),
                        row.get("Extension"),
                        listDepartment(request, row.get("Department"), departments),
                        Boolean.parseBoolean(row.get("Is Active"))))
                .toList());
    }

    /** The instance of a GET, POST or PUT answer, after checking it belongs to the path's group. */
    public Instance instance(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(answer);
        Optional<GroupInstantGroupCallGetInstanceListResponse> list =
                find(answer, GroupInstantGroupCallGetInstanceListResponse.class);
        // Without the group's list in the answer, the membership was vouched for when the commands were built
        // (cache, list round trip or our own add); asking the cache again would refuse an instance whose entry
        // expired while BroadWorks answered.
        boolean member = list
                .map(rows -> membership.remember(request.tenantId(), request.groupId(), rows)
                        .contains(request.serviceUserId()))
                .orElse(true);
        if (!member) {
            throw GroupMembership.notInGroup(request);
        }
        var read = find(answer, GroupInstantGroupCallGetInstanceResponse19sp1.class).orElseThrow();
        Boolean active = settings.returnActiveStatus()
                ? list.flatMap(rows -> rows.instantGroupCallTable().rowsByHeading().stream()
                                .filter(row -> request.serviceUserId().equals(row.get(GroupMembership.SERVICE_USER_ID)))
                                .findFirst())
                        .map(row -> Boolean.parseBoolean(row.get("Is Active")))
                        .orElse(null)
                : null;
        return new Instance(
                request.serviceUserId(),
                profile(read.serviceInstanceProfile()),
                read.isAnswerTimeoutEnabled(),
                read.answerTimeoutMinutes(),
                read.destinationPhoneNumber(),
                read.networkClassOfService(),
                active,
                null);
    }

    /**
     * Reads a create's answer. A taken generated ID sets the retry flag for the create loop; a requested
     * activation follows the successful add, and if it fails the new instance is deleted again, so no half-created
     * instance is left behind.
     */
    public Instance created(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        @SuppressWarnings("unchecked")
        List<OciResponse> answer = exchange.getMessage().getBody(List.class);
        exchange.setProperty(ServiceUserIds.RETRY, false);
        if (answer.get(0) instanceof ErrorResponse addFailed) {
            if (broadWorksErrors.isAlreadyExists(addFailed) && serviceUserIds.mayRetry(exchange)) {
                exchange.setProperty(ServiceUserIds.RETRY, true);
                return null;
            }
            throw new BroadWorksRejectedException(addFailed);
        }
        membership.remember(request.tenantId(), request.groupId(), request.serviceUserId());
        if (request.instance().active() != null) {
            answer = ociClient.send(instanceCommands.activateCreated(request));
            if (answer.get(0) instanceof ErrorResponse activationFailed) {
                rollBack(request);
                throw new BroadWorksRejectedException(activationFailed);
            }
        }
        return instance(request, answer);
    }

    /** Reads an update's answer, renaming after a successful modify; membership was checked before the change. */
    public Instance updated(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(answer);
        if (request.renameTo() != null) {
            answer = ociClient.send(instanceCommands.renameUpdated(request));
            requireNoError(answer);
            membership.forget(request.serviceUserId());
            request.serviceUserId(request.renameTo());
        }
        membership.remember(request.tenantId(), request.groupId(), request.serviceUserId());
        return instance(request, answer);
    }

    public void deleted(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(answer);
        membership.forget(request.serviceUserId());
    }

    private void rollBack(ProvisioningRequest request) {
        List<OciResponse> undo = ociClient.send(
                List.of(new GroupInstantGroupCallDeleteInstanceRequest(request.serviceUserId())));
        if (undo.get(0) instanceof ErrorResponse error) {
            log.error("Could not delete {} after its activation failed: {}", request.serviceUserId(),
                    error.summaryEnglish());
        }
        membership.forget(request.serviceUserId());
    }

    private ServiceInstanceProfile profile(ServiceInstanceReadProfile19sp1 read) {
        return new ServiceInstanceProfile(
                read.name(),
                read.callingLineIdLastName(),
                read.callingLineIdFirstName(),
                read.hiraganaLastName(),
                read.hiraganaFirstName(),
                read.phoneNumber() == null ? null
                        : phoneNumbers.fromNationalAndCountryCode(read.phoneNumber(), read.countryCode()),
                read.extension(),
                null,
                department(read.department()),
                read.language(),
                read.timeZone(),
                read.timeZoneDisplayName(),
                read.aliases().isEmpty() ? null : read.aliases(),
                read.publicUserIdentity(),
                read.callingLineIdPhoneNumber() == null ? null
                        : phoneNumbers.fromBroadWorksTable(read.callingLineIdPhoneNumber(), null));
    }

    private static Department department(DepartmentKey key) {
        if (key == null) {
            return null;
        }
        String groupId = key instanceof GroupDepartmentKey group ? group.groupId() : null;
        return new Department(key.serviceProviderId(), groupId, key.name(), null);
    }

    private static Department listDepartment(ProvisioningRequest request, String name,
            Map<String, Map<String, String>> departments) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Map<String, String> row = departments.get(name);
        boolean enterprise = row != null && Boolean.parseBoolean(row.get("Is Enterprise Department"));
        return new Department(request.tenantId(), enterprise ? null : request.groupId(), name,
                row == null ? null : row.get("Full Path Name"));
    }

    /** A group and an enterprise department may share a name; the group's own one is the likelier match. */
    private static Map<String, String> groupDepartmentFirst(Map<String, String> a, Map<String, String> b) {
        return Boolean.parseBoolean(a.get("Is Enterprise Department")) ? b : a;
    }

    private static void requireNoError(List<OciResponse> answer) {
        for (OciResponse response : answer) {
            if (response instanceof ErrorResponse error) {
                throw new BroadWorksRejectedException(error);
            }
        }
    }

    private static <T extends OciResponse> Optional<T> find(List<OciResponse> answer, Class<T> type) {
        return answer.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
