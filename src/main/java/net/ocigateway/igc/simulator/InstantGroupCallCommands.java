package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.OciValues.DEPARTMENT_NAME_MAX;
import static net.ocigateway.igc.simulator.OciValues.DN_MAX;
import static net.ocigateway.igc.simulator.OciValues.ID_MAX;
import static net.ocigateway.igc.simulator.OciValues.NAME_MAX;
import static net.ocigateway.igc.simulator.OciValues.URI_MAX;
import static net.ocigateway.igc.simulator.OciValues.USER_ID_MAX;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The six Instant Group Call commands of the R25 schema. Each reads its request in schema order, lets the store
 * apply the rules, and writes its answer in schema order.
 */
final class InstantGroupCallCommands {

    static final List<String> LIST_HEADINGS =
            List.of("Service User Id", "Name", "Phone Number", "Extension", "Department", "Is Active");
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final SimulatorStore store;
    /** Some real servers list national numbers without the country code; read per request so tests can flip it. */
    private final BooleanSupplier nationalNumbersInList;

    InstantGroupCallCommands(SimulatorStore store, BooleanSupplier nationalNumbersInList) {
        this.store = store;
        this.nationalNumbersInList = nationalNumbersInList;
    }

    void register(Map<String, OciCommand> commands) {
        commands.put("GroupInstantGroupCallAddInstanceRequest14", (command, session) -> add(command));
        commands.put("GroupInstantGroupCallModifyInstanceRequest", (command, session) -> modify(command));
        commands.put("GroupInstantGroupCallGetInstanceRequest19sp1", (command, session) -> get(command));
        commands.put("GroupInstantGroupCallDeleteInstanceRequest", (command, session) -> delete(command));
        commands.put("GroupInstantGroupCallGetInstanceListRequest", (command, session) -> list(command));
        commands.put("GroupInstantGroupCallModifyActiveInstanceListRequest", (command, session) -> setActive(command));
    }

    /** New instances start inactive: the schema does not say, and the gateway activates explicitly. */
    private OciAnswer add(XmlElement command) {
        CommandReader request = new CommandReader(command);
        String serviceProviderId = request.token("serviceProviderId", 1, ID_MAX);
        String groupId = request.token("groupId", 1, ID_MAX);
        IgcInstance.Draft draft = new IgcInstance.Draft();
        draft.serviceUserId = OciValues.userIdWithDomain(request.token("serviceUserId", 1, USER_ID_MAX));
        CommandReader profile = new CommandReader(request.element("serviceInstanceProfile"));
        draft.name = profile.token("name", 1, NAME_MAX);
        draft.callingLineIdLastName = profile.token("callingLineIdLastName", 1, NAME_MAX);
        draft.callingLineIdFirstName = profile.token("callingLineIdFirstName", 1, NAME_MAX);
        draft.hiraganaLastName = profile.optionalToken("hiraganaLastName", 1, NAME_MAX);
        draft.hiraganaFirstName = profile.optionalToken("hiraganaFirstName", 1, NAME_MAX);
        draft.phoneNumber = profile.optionalToken("phoneNumber", 1, DN_MAX);
        draft.extension = profile.optionalToken("extension", 2, 20);
        draft.password = profile.optionalToken("password", 1, 60);
        XmlElement department = profile.optionalElement("department");
        draft.department = department == null ? null : departmentKey(department);
        draft.language = profile.optionalToken("language", 1, 40);
        draft.timeZone = OciValues.timeZone(profile.optionalToken("timeZone", 1, 127));
        draft.aliases = OciValues.sipUris("alias", profile.tokens("alias", 1, URI_MAX, 3));
        draft.publicUserIdentity = sipUriOrNull("publicUserIdentity", profile.optionalToken("publicUserIdentity", 1, URI_MAX));
        draft.callingLineIdPhoneNumber = profile.optionalToken("callingLineIdPhoneNumber", 1, DN_MAX);
        profile.end();
        draft.destinationPhoneNumbers = OciValues.destinations(
                "destinationPhoneNumber", request.tokens("destinationPhoneNumber", 1, URI_MAX, UNBOUNDED));
        draft.answerTimeoutEnabled = request.bool("isAnswerTimeoutEnabled");
        draft.answerTimeoutMinutes = request.optionalInt("answerTimeoutMinutes", 1, 60);
        draft.networkClassOfService = request.optionalToken("networkClassOfService", 1, 40);
        request.end();
        store.add(store.group(serviceProviderId, groupId), draft);
        return OciAnswer.SUCCESS;
    }

    private OciAnswer modify(XmlElement command) {
        CommandReader request = new CommandReader(command);
        String serviceUserId = request.token("serviceUserId", 1, USER_ID_MAX);
        XmlElement profileElement = request.optionalElement("serviceInstanceProfile");
        ProfileEdits profile = profileElement == null ? ProfileEdits.NONE : ProfileEdits.read(profileElement);
        XmlElement destinationList = request.optionalNillableElement("destinationPhoneNumberList");
        Edit<List<String>> destinations = replacementList(destinationList, "phoneNumber", UNBOUNDED);
        if (destinations.kind() == Edit.Kind.SET) {
            OciValues.destinations("phoneNumber", destinations.value());
        }
        Edit<Boolean> answerTimeoutEnabled = Edit.ofNullable(request.optionalBool("isAnswerTimeoutEnabled"));
        Edit<Integer> answerTimeoutMinutes = request.nillableInt("answerTimeoutMinutes", 1, 60);
        Edit<String> networkClassOfService = Edit.ofNullable(request.optionalToken("networkClassOfService", 1, 40));
        request.end();
        store.modify(serviceUserId, draft -> {
            profile.applyTo(draft);
            List<String> keptDestinations = destinations.applyTo(draft.destinationPhoneNumbers);
            draft.destinationPhoneNumbers = keptDestinations == null ? List.of() : keptDestinations;
            draft.answerTimeoutEnabled = answerTimeoutEnabled.applyTo(draft.answerTimeoutEnabled);
            draft.answerTimeoutMinutes = answerTimeoutMinutes.applyTo(draft.answerTimeoutMinutes);
            draft.networkClassOfService = networkClassOfService.applyTo(draft.networkClassOfService);
        });
        return OciAnswer.SUCCESS;
    }

    private OciAnswer get(XmlElement command) {
        IgcInstance instance = store.instance(singleServiceUserId(command));
        SimulatedGroup group = store.groupOf(instance);
        return new OciAnswer.Data("GroupInstantGroupCallGetInstanceResponse19sp1", out -> {
            out.start("serviceInstanceProfile");
            out.element("name", instance.name());
            out.element("callingLineIdLastName", instance.callingLineIdLastName());
            out.element("callingLineIdFirstName", instance.callingLineIdFirstName());
            out.element("hiraganaLastName", instance.hiraganaLastName());
            out.element("hiraganaFirstName", instance.hiraganaFirstName());
            if (instance.phoneNumber() != null) {
                out.element("phoneNumber", group.nationalNumber(instance.phoneNumber()));
            }
            out.element("extension", instance.extension());
            if (instance.phoneNumber() != null) {
                out.element("countryCode", group.countryCode);
                out.element("nationalPrefix", group.nationalPrefix);
            }
            if (instance.department() != null) {
                writeDepartment(out, instance.department());
            }
            out.element("language", instance.language());
            out.element("timeZone", instance.timeZone());
            if (instance.timeZone() != null) {
                out.element("timeZoneDisplayName", OciValues.timeZoneDisplayName(instance.timeZone()));
            }
            instance.aliases().forEach(alias -> out.element("alias", alias));
            out.element("publicUserIdentity", instance.publicUserIdentity());
            out.element("callingLineIdPhoneNumber", instance.callingLineIdPhoneNumber());
            out.end();
            instance.destinationPhoneNumbers().forEach(destination -> out.element("destinationPhoneNumber", destination));
            out.element("isAnswerTimeoutEnabled", instance.answerTimeoutEnabled());
            out.element("answerTimeoutMinutes", instance.answerTimeoutMinutes());
            out.element("networkClassOfService", instance.networkClassOfService());
        });
    }

    private OciAnswer delete(XmlElement command) {
        store.delete(singleServiceUserId(command));
        return OciAnswer.SUCCESS;
    }

    private OciAnswer list(XmlElement command) {
        CommandReader request = new CommandReader(command);
        String serviceProviderId = request.token("serviceProviderId", 1, ID_MAX);
        String groupId = request.token("groupId", 1, ID_MAX);
        String departmentName = request.optionalToken("groupDepartmentName", 1, DEPARTMENT_NAME_MAX);
        request.end();
        SimulatedGroup group = store.group(serviceProviderId, groupId);
        boolean national = nationalNumbersInList.getAsBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (IgcInstance instance : store.instances(group)) {
            String department = instance.department() == null ? null : instance.department().name();
            if (departmentName != null && !departmentName.equals(department)) {
                continue;
            }
            String phoneNumber = instance.phoneNumber() == null
                    ? null
                    : national ? group.nationalNumber(instance.phoneNumber()) : group.tableNumber(instance.phoneNumber());
            rows.add(Arrays.asList(
                    instance.serviceUserId(),
                    instance.name(),
                    phoneNumber,
                    instance.extension(),
                    department,
                    Boolean.toString(instance.active())));
        }
        return new OciAnswer.Data(
                "GroupInstantGroupCallGetInstanceListResponse",
                out -> out.table("instantGroupCallTable", LIST_HEADINGS, rows));
    }

    private OciAnswer setActive(XmlElement command) {
        CommandReader request = new CommandReader(command);
        Map<String, Boolean> activeByServiceUserId = new LinkedHashMap<>();
        while (request.nextIs("serviceActivation")) {
            CommandReader activation = new CommandReader(request.element("serviceActivation"));
            activeByServiceUserId.put(
                    activation.token("serviceUserId", 1, USER_ID_MAX), activation.bool("isActive"));
            activation.end();
        }
        request.end();
        store.setActive(activeByServiceUserId);
        return OciAnswer.SUCCESS;
    }

    private static String singleServiceUserId(XmlElement command) {
        CommandReader request = new CommandReader(command);
        String serviceUserId = request.token("serviceUserId", 1, USER_ID_MAX);
        request.end();
        return serviceUserId;
    }

    private static String sipUriOrNull(String element, String value) {
        return value == null ? null : OciValues.sipUri(element, value);
    }

    /** A Replacement…List: absent keeps, nil clears, otherwise 1..max {@code itemName} children replace. */
    static Edit<List<String>> replacementList(XmlElement list, String itemName, int maxItems) {
        if (list == null) {
            return Edit.keep();
        }
        if (list.nil()) {
            return Edit.clear();
        }
        CommandReader items = new CommandReader(list);
        List<String> values = items.tokens(itemName, 1, URI_MAX, maxItems);
        if (values.isEmpty()) {
            throw CommandRejected.invalid("'" + list.name() + "' needs at least one '" + itemName + "'; use xsi:nil to clear");
        }
        items.end();
        return Edit.set(values);
    }

    /** Reads a {@code DepartmentKey} by its {@code xsi:type}: the type is abstract, so it must be given. */
    static DepartmentKey departmentKey(XmlElement department) {
        CommandReader key = new CommandReader(department);
        DepartmentKey read = switch (department.type() == null ? "" : department.type()) {
            case "GroupDepartmentKey" -> new DepartmentKey(
                    key.token("serviceProviderId", 1, ID_MAX),
                    key.token("groupId", 1, ID_MAX),
                    key.token("name", 1, DEPARTMENT_NAME_MAX));
            case "EnterpriseDepartmentKey" -> new DepartmentKey(
                    key.token("serviceProviderId", 1, ID_MAX), null, key.token("name", 1, DEPARTMENT_NAME_MAX));
            default -> throw CommandRejected.invalid(
                    "department needs xsi:type GroupDepartmentKey or EnterpriseDepartmentKey, got " + department.type());
        };
        key.end();
        return read;
    }

    private static void writeDepartment(OciXmlWriter out, DepartmentKey department) {
        out.start("department");
        out.type(department.isEnterprise() ? "EnterpriseDepartmentKey" : "GroupDepartmentKey");
        out.element("serviceProviderId", department.serviceProviderId());
        out.element("groupId", department.groupId());
        out.element("name", department.name());
        out.end();
    }

    /** The edits of a {@code ServiceInstanceModifyProfile}, read before the store is touched. */
    private record ProfileEdits(
            Edit<String> name,
            Edit<String> callingLineIdLastName,
            Edit<String> callingLineIdFirstName,
            Edit<String> hiraganaLastName,
            Edit<String> hiraganaFirstName,
            Edit<String> phoneNumber,
            Edit<String> extension,
            Edit<String> password,
            Edit<DepartmentKey> department,
            Edit<String> language,
            Edit<String> timeZone,
            Edit<List<String>> aliases,
            Edit<String> publicUserIdentity,
            Edit<String> callingLineIdPhoneNumber) {

        static final ProfileEdits NONE = new ProfileEdits(Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(),
                Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(), Edit.keep(),
                Edit.keep(), Edit.keep());

        static ProfileEdits read(XmlElement element) {
            CommandReader profile = new CommandReader(element);
            Edit<String> name = Edit.ofNullable(profile.optionalToken("name", 1, NAME_MAX));
            Edit<String> lastName = Edit.ofNullable(profile.optionalToken("callingLineIdLastName", 1, NAME_MAX));
            Edit<String> firstName = Edit.ofNullable(profile.optionalToken("callingLineIdFirstName", 1, NAME_MAX));
            Edit<String> hiraganaLast = Edit.ofNullable(profile.optionalToken("hiraganaLastName", 1, NAME_MAX));
            Edit<String> hiraganaFirst = Edit.ofNullable(profile.optionalToken("hiraganaFirstName", 1, NAME_MAX));
            Edit<String> phoneNumber = profile.nillableToken("phoneNumber", 1, DN_MAX);
            Edit<String> extension = profile.nillableToken("extension", 2, 20);
            Edit<String> password = Edit.ofNullable(profile.optionalToken("password", 1, 60));
            XmlElement departmentElement = profile.optionalNillableElement("department");
            Edit<DepartmentKey> department = departmentElement == null
                    ? Edit.keep()
                    : departmentElement.nil() ? Edit.clear() : Edit.set(departmentKey(departmentElement));
            Edit<String> language = Edit.ofNullable(profile.optionalToken("language", 1, 40));
            Edit<String> timeZone = Edit.ofNullable(OciValues.timeZone(profile.optionalToken("timeZone", 1, 127)));
            Edit<List<String>> aliases = replacementList(profile.optionalNillableElement("sipAliasList"), "sipAlias", 3);
            if (aliases.kind() == Edit.Kind.SET) {
                OciValues.sipUris("sipAlias", aliases.value());
            }
            Edit<String> publicUserIdentity = profile.nillableToken("publicUserIdentity", 1, URI_MAX);
            if (publicUserIdentity.kind() == Edit.Kind.SET) {
                OciValues.sipUri("publicUserIdentity", publicUserIdentity.value());
            }
            Edit<String> callingLineIdPhoneNumber = profile.nillableToken("callingLineIdPhoneNumber", 1, DN_MAX);
            profile.end();
            return new ProfileEdits(name, lastName, firstName, hiraganaLast, hiraganaFirst, phoneNumber, extension,
                    password, department, language, timeZone, aliases, publicUserIdentity, callingLineIdPhoneNumber);
        }

        void applyTo(IgcInstance.Draft draft) {
            draft.name = name.applyTo(draft.name);
            draft.callingLineIdLastName = callingLineIdLastName.applyTo(draft.callingLineIdLastName);
            draft.callingLineIdFirstName = callingLineIdFirstName.applyTo(draft.callingLineIdFirstName);
            draft.hiraganaLastName = hiraganaLastName.applyTo(draft.hiraganaLastName);
            draft.hiraganaFirstName = hiraganaFirstName.applyTo(draft.hiraganaFirstName);
            draft.phoneNumber = phoneNumber.applyTo(draft.phoneNumber);
            draft.extension = extension.applyTo(draft.extension);
            draft.password = password.applyTo(draft.password);
            draft.department = department.applyTo(draft.department);
            draft.language = language.applyTo(draft.language);
            draft.timeZone = timeZone.applyTo(draft.timeZone);
            List<String> keptAliases = aliases.applyTo(draft.aliases);
            draft.aliases = keptAliases == null ? List.of() : keptAliases;
            draft.publicUserIdentity = publicUserIdentity.applyTo(draft.publicUserIdentity);
            draft.callingLineIdPhoneNumber = callingLineIdPhoneNumber.applyTo(draft.callingLineIdPhoneNumber);
        }
    }
}
