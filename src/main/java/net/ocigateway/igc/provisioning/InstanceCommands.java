package net.ocigateway.igc.provisioning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.Department;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.api.ServiceInstanceProfile;
import net.ocigateway.igc.ocip.command.Change;
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.EnterpriseDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListRequest18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceRequest19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.ServiceActivation;
import net.ocigateway.igc.ocip.command.ServiceInstanceAddProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceModifyProfile;
import net.ocigateway.igc.ocip.command.UserModifyUserIdRequest;
import net.ocigateway.igc.settings.IgcSettings;
import net.ocigateway.igc.settings.InvalidPhoneNumberException;
import net.ocigateway.igc.settings.PhoneNumbers;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Translates each operation into the commands of its OCI-P documents (API.md §1). A field's JSON
 * presence decides its Modify state: absent keeps, {@code null} clears, a value replaces.
 */
@Component
public class InstanceCommands {

    private static final String PROFILE = "serviceInstanceProfile";

    private final IgcSettings settings;
    private final PhoneNumbers phoneNumbers;
    private final GroupDirectory groupDirectory;
    private final GroupMembership membership;
    private final int maxDestinations;

    public InstanceCommands(IgcSettings settings, PhoneNumbers phoneNumbers, GroupDirectory groupDirectory,
            GroupMembership membership,
            @Value("${igc.api.max-destinations:100}") int maxDestinations) {
        this.settings = settings;
        this.phoneNumbers = phoneNumbers;
        this.groupDirectory = groupDirectory;
        this.membership = membership;
        this.maxDestinations = maxDestinations;
    }

    public List<OciRequest> list(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return List.of(
                new GroupInstantGroupCallGetInstanceListRequest(request.tenantId(), request.groupId(), null),
                new GroupDepartmentGetListRequest18(request.tenantId(), request.groupId(), true));
    }

    /** Get, plus the group's list when membership is not vouched for or the active status is wanted. */
    public List<OciRequest> get(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        List<OciRequest> commands = new ArrayList<>();
        commands.add(new GroupInstantGroupCallGetInstanceRequest19sp1(request.serviceUserId()));
        if (settings.returnActiveStatus() || !membership.isKnownMember(request)) {
            commands.add(listOf(request));
        }
        return commands;
    }

    public List<OciRequest> delete(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return List.of(new GroupInstantGroupCallDeleteInstanceRequest(request.serviceUserId()));
    }

    /** Add + get [+ list], or the add alone when an activation must follow it; for the ID the request holds now. */
    public List<OciRequest> create(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        Instance instance = request.instance();
        ServiceInstanceProfile profile = instance.serviceInstanceProfile();
        var add = new GroupInstantGroupCallAddInstanceRequest14(
                request.tenantId(),
                request.groupId(),
                request.serviceUserId(),
                new ServiceInstanceAddProfile(
                        profile.name(),
                        profile.cliLastName(),
                        profile.cliFirstName(),
                        profile.hiraganaLastName(),
                        profile.hiraganaFirstName(),
                        phone(request, profile.phoneNumber(), PROFILE + ".phoneNumber"),
                        profile.extension(),
                        profile.password(),
                        department(request, profile.department()),
                        profile.language(),
                        profile.timeZone(),
                        profile.aliases(),
                        profile.publicUserIdentity(),
                        phone(request, profile.cliPhoneNumber(), PROFILE + ".cliPhoneNumber")),
                destinations(request, instance.destinationPhoneNumbers()),
                Boolean.TRUE.equals(instance.answerTimeoutEnabled()),
                instance.answerTimeoutMinutes(),
                instance.networkClassOfService());
        List<OciRequest> commands = new ArrayList<>(List.of(add));
        // OCI-P runs every command of a document even when the add failed, so an activation sent with it would
        // reach whichever instance already holds the ID, in any group: it follows once the add succeeded.
        if (instance.active() == null) {
            addRead(commands, request, request.serviceUserId());
        }
        return commands;
    }

    /** The document after a successful add that carried {@code active}: activate, then read. */
    public List<OciRequest> activateCreated(
            @ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        List<OciRequest> commands = new ArrayList<>();
        addActivation(commands, request.serviceUserId(), request.instance().active());
        addRead(commands, request, request.serviceUserId());
        return commands;
    }

    /** Reads a new instance whose activation timed out, its active state included. */
    public List<OciRequest> readBack(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return List.of(new GroupInstantGroupCallGetInstanceRequest19sp1(request.serviceUserId()), listOf(request));
    }

    /** Deletes a new instance whose activation failed. */
    public List<OciRequest> rollBack(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return delete(request);
    }

    /** Reads the instance as it is before an update, for the rename decision. */
    public List<OciRequest> readCurrent(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return List.of(new GroupInstantGroupCallGetInstanceRequest19sp1(request.serviceUserId()));
    }

    /**
     * Modify [+ get [+ list]]: the read only when no activation or rename follows. Both follow in documents of
     * their own once the modify succeeded: OCI-P runs every command of a document even when the modify failed, so
     * an activation or rename beside it would apply to a refused update.
     */
    public List<OciRequest> update(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        ObjectNode json = request.json();
        Instance instance = request.instance();
        ObjectNode profileJson = json.get(PROFILE) instanceof ObjectNode node ? node : null;
        ServiceInstanceProfile profile = instance.serviceInstanceProfile();
        ServiceInstanceModifyProfile modifyProfile = profileJson == null ? null
                : new ServiceInstanceModifyProfile(
                        profile.name(),
                        profile.cliLastName(),
                        profile.cliFirstName(),
                        profile.hiraganaLastName(),
                        profile.hiraganaFirstName(),
                        change(profileJson, "phoneNumber",
                                () -> phone(request, profile.phoneNumber(), PROFILE + ".phoneNumber")),
                        change(profileJson, "extension", profile::extension),
                        profile.password(),
                        change(profileJson, "department", () -> department(request, profile.department())),
                        profile.language(),
                        profile.timeZone(),
                        listChange(profileJson, "aliases", profile.aliases()),
                        change(profileJson, "publicUserIdentity", profile::publicUserIdentity),
                        change(profileJson, "cliPhoneNumber",
                                () -> phone(request, profile.cliPhoneNumber(), PROFILE + ".cliPhoneNumber")));
        List<OciRequest> commands = new ArrayList<>();
        commands.add(new GroupInstantGroupCallModifyInstanceRequest(
                request.serviceUserId(),
                modifyProfile,
                listChange(json, "destinationPhoneNumbers", destinations(request, instance.destinationPhoneNumbers())),
                instance.answerTimeoutEnabled(),
                change(json, "answerTimeoutMinutes", instance::answerTimeoutMinutes),
                instance.networkClassOfService()));
        if (!request.activationRequested() && !request.renameRequested()) {
            addRead(commands, request, request.serviceUserId());
        }
        return commands;
    }

    /** The document after a successful modify that carried {@code active}: activate [+ read when no rename follows]. */
    public List<OciRequest> activateUpdated(
            @ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        request.nextStep("setting active to " + request.instance().active());
        List<OciRequest> commands = new ArrayList<>();
        addActivation(commands, request.serviceUserId(), request.instance().active());
        if (!request.renameRequested()) {
            addRead(commands, request, request.serviceUserId());
        }
        return commands;
    }

    /** The document after a successful modify that changed the number the ID is built on: rename, then read. */
    public List<OciRequest> renameUpdated(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        request.nextStep("renaming it to " + request.renameTo());
        List<OciRequest> commands = new ArrayList<>();
        commands.add(new UserModifyUserIdRequest(request.serviceUserId(), request.renameTo()));
        addRead(commands, request, request.renameTo());
        return commands;
    }

    /** The rules that need the path, the configuration or JSON presence, beyond the record's annotations. */
    public void checkCreate(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        List<ApiError> problems = new ArrayList<>();
        checkCommon(request, problems);
        throwIfAny(problems);
    }

    public void checkUpdate(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        List<ApiError> problems = new ArrayList<>();
        ObjectNode json = request.json();
        for (String field : List.of("answerTimeoutEnabled", "networkClassOfService", "active", PROFILE)) {
            rejectNull(json, field, field, problems);
        }
        if (json.get(PROFILE) instanceof ObjectNode profile) {
            for (String field : List.of("name", "cliLastName", "cliFirstName", "hiraganaLastName",
                    "hiraganaFirstName", "password", "language", "timeZone")) {
                rejectNull(profile, field, PROFILE + "." + field, problems);
            }
        }
        checkCommon(request, problems);
        throwIfAny(problems);
    }

    private void checkCommon(ProvisioningRequest request, List<ApiError> problems) {
        Instance instance = request.instance();
        if (instance.destinationPhoneNumbers() != null && instance.destinationPhoneNumbers().size() > maxDestinations) {
            problems.add(ApiError.ofField(ErrorCode.VALIDATION_ERROR, "destinationPhoneNumbers",
                    "must have at most " + maxDestinations + " numbers"));
        }
        Department department = instance.serviceInstanceProfile() == null ? null
                : instance.serviceInstanceProfile().department();
        if (department != null) {
            if (!request.tenantId().equals(department.tenantId())) {
                problems.add(ApiError.ofField(ErrorCode.VALIDATION_ERROR, PROFILE + ".department.tenantId",
                        "must be the tenant of the path, " + request.tenantId()));
            }
            if (department.groupId() != null && !request.groupId().equals(department.groupId())) {
                problems.add(ApiError.ofField(ErrorCode.VALIDATION_ERROR, PROFILE + ".department.groupId",
                        "must be the group of the path, " + request.groupId()));
            }
        }
    }

    private static void rejectNull(ObjectNode json, String field, String path, List<ApiError> problems) {
        if (json.has(field) && json.get(field).isNull()) {
            problems.add(ApiError.ofField(ErrorCode.VALIDATION_ERROR, path, "cannot be cleared"));
        }
    }

    private static void throwIfAny(List<ApiError> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException(problems);
        }
    }

    private void addActivation(List<OciRequest> commands, String serviceUserId, Boolean active) {
        if (active != null) {
            commands.add(new GroupInstantGroupCallModifyActiveInstanceListRequest(
                    List.of(new ServiceActivation(serviceUserId, active))));
        }
    }

    private void addRead(List<OciRequest> commands, ProvisioningRequest request, String serviceUserId) {
        commands.add(new GroupInstantGroupCallGetInstanceRequest19sp1(serviceUserId));
        if (settings.returnActiveStatus()) {
            commands.add(listOf(request));
        }
    }

    private static GroupInstantGroupCallGetInstanceListRequest listOf(ProvisioningRequest request) {
        return new GroupInstantGroupCallGetInstanceListRequest(request.tenantId(), request.groupId(), null);
    }

    /** A phone number in the form BroadWorks stores; a national one needs the group's country. */
    private String phone(ProvisioningRequest request, String text, String field) {
        if (text == null) {
            return null;
        }
        Integer countryCode = text.startsWith("+") ? null
                : groupDirectory.profile(request.tenantId(), request.groupId()).countryCode();
        try {
            return phoneNumbers.parse(text, countryCode).broadWorks();
        } catch (InvalidPhoneNumberException e) {
            throw ApiException.invalidField(field, e.reason());
        }
    }

    /** Phone numbers among the destinations in the form BroadWorks stores, like every other number; SIP URIs as sent. */
    private List<String> destinations(ProvisioningRequest request, List<String> destinations) {
        if (destinations == null) {
            return null;
        }
        List<String> normalised = new ArrayList<>(destinations.size());
        for (int i = 0; i < destinations.size(); i++) {
            String destination = destinations.get(i);
            normalised.add(destination.contains("@") ? destination
                    : phone(request, destination, "destinationPhoneNumbers[" + i + "]"));
        }
        return normalised;
    }

    private static DepartmentKey department(ProvisioningRequest request, Department department) {
        if (department == null) {
            return null;
        }
        return department.groupId() == null
                ? new EnterpriseDepartmentKey(request.tenantId(), department.departmentName())
                : new GroupDepartmentKey(request.tenantId(), request.groupId(), department.departmentName());
    }

    /** Absent keeps, JSON null clears, a value (taken from the validated record) replaces. */
    private static <T> Change<T> change(ObjectNode json, String field, Supplier<T> value) {
        if (!json.has(field)) {
            return Change.keep();
        }
        return json.get(field).isNull() ? Change.clear() : Change.to(value.get());
    }

    /** As {@link #change}, and an empty list clears too: OCI-P replacement lists cannot be empty. */
    private static Change<List<String>> listChange(ObjectNode json, String field, List<String> value) {
        return value != null && value.isEmpty() ? Change.clear() : change(json, field, () -> value);
    }
}
