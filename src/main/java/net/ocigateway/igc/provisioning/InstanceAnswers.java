package net.ocigateway.igc.provisioning;

import java.util.LinkedHashMap;
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
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListResponse18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.ServiceInstanceReadProfile19sp1;
import net.ocigateway.igc.ocip.command.WarningResponse;
import net.ocigateway.igc.settings.IgcSettings;
import net.ocigateway.igc.settings.PhoneNumbers;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** Maps BroadWorks' answers back to the JSON contract, and each {@code ErrorResponse} to its §3 error. */
@Component
public class InstanceAnswers {

    private final IgcSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final GroupDirectory groupDirectory;
    private final GroupMembership membership;
    private final BroadWorksErrors broadWorksErrors;
    private final ServiceUserIds serviceUserIds;

    public InstanceAnswers(IgcSettings settings, PhoneNumbers phoneNumbers, GroupDirectory groupDirectory,
            GroupMembership membership, BroadWorksErrors broadWorksErrors, ServiceUserIds serviceUserIds) {
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.groupDirectory = groupDirectory;
        this.membership = membership;
        this.broadWorksErrors = broadWorksErrors;
        this.serviceUserIds = serviceUserIds;
    }

    public InstanceList list(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(request, answer);
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
        requireNoError(request, answer);
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
                read.destinationPhoneNumber().stream()
                        .map(destination -> destination.contains("@") ? destination
                                : phoneNumbers.fromBroadWorksTable(destination, null))
                        .toList(),
                read.networkClassOfService(),
                active,
                null,
                request.warnings().isEmpty() ? null : Map.of("warnings", List.copyOf(request.warnings())));
    }

    /**
     * Reads an add's answer. A taken generated ID sets the retry flag for the create loop. Without a requested
     * activation the answer holds the read of the new instance; with one, the activation's own document follows.
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
        requireNoError(request, answer);
        membership.remember(request.tenantId(), request.groupId(), request.serviceUserId());
        return request.activationRequested() ? null : instance(request, answer);
    }

    /** Checks a modify's answer; the instance when the document also read it (no further document follows). */
    public Instance modified(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(request, answer);
        request.modifyApplied();
        boolean followed = request.activationRequested() || request.renameRequested();
        return followed ? null : instance(request, answer);
    }

    /** Checks an update's activation; the instance when the document also read it (no rename follows). */
    public Instance activated(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(request, answer);
        return request.renameRequested() ? null : instance(request, answer);
    }

    /** Reads a rename's answer: from now on the instance goes by its new ID. */
    public Instance renamed(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(request, answer);
        membership.forget(request.serviceUserId());
        request.serviceUserId(request.renameTo());
        membership.remember(request.tenantId(), request.groupId(), request.serviceUserId());
        return instance(request, answer);
    }

    public void deleted(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request,
            @Body List<OciResponse> answer) {
        requireNoError(request, answer);
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

    /** Throws the first error; a warning is a success whose text goes on to the answer's details. */
    private static void requireNoError(ProvisioningRequest request, List<OciResponse> answer) {
        for (OciResponse response : answer) {
            if (response instanceof ErrorResponse error) {
                throw new BroadWorksRejectedException(error);
            }
            if (response instanceof WarningResponse warning) {
                Map<String, Object> noted = new LinkedHashMap<>();
                noted.put("broadworksCode", warning.code());
                noted.put("summary", warning.summaryEnglish());
                if (warning.detail() != null) {
                    noted.put("detail", warning.detail());
                }
                // The same answer may be read twice (checked, then mapped): each warning is passed on once.
                if (!request.warnings().contains(noted)) {
                    request.warnings().add(noted);
                }
            }
        }
    }

    private static <T extends OciResponse> Optional<T> find(List<OciResponse> answer, Class<T> type) {
        return answer.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
