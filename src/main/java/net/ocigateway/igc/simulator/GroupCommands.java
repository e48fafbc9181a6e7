package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.OciValues.ID_MAX;
import static net.ocigateway.igc.simulator.OciValues.USER_ID_MAX;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The group-level commands the gateway reads around IGC: group profile, departments, free DNs, user id rename. */
final class GroupCommands {

    static final List<String> DEPARTMENT_HEADINGS = List.of(
            "Is Enterprise Department",
            "Department Name",
            "Full Path Name",
            "Calling Line Id Name",
            "Calling Line Id Phone Number");

    private final SimulatorStore store;

    GroupCommands(SimulatorStore store) {
        this.store = store;
    }

    void register(Map<String, OciCommand> commands) {
        commands.put("GroupGetRequest22V5", (command, session) -> groupGet(command));
        commands.put("GroupDepartmentGetListRequest18", (command, session) -> departments(command));
        commands.put("GroupDnGetAvailableListRequest", (command, session) -> availablePhoneNumbers(command));
        commands.put("UserModifyUserIdRequest", (command, session) -> renameUser(command));
    }

    private OciAnswer groupGet(XmlElement command) {
        CommandReader request = new CommandReader(command);
        if (request.nextIs("groupExternalId")) {
            throw CommandRejected.invalid("groupExternalId is not supported by this simulator; send serviceProviderId and groupId");
        }
        GroupRef ref = GroupRef.read(request);
        request.end();
        SimulatedGroup group = ref.lookUp(store);
        return new OciAnswer.Data("GroupGetResponse22V5", out -> {
            out.element("defaultDomain", group.defaultDomain);
            out.element("userLimit", group.userLimit);
            // Service instances are virtual users, which BroadWorks does not count against the user limit.
            out.element("userCount", 0);
            out.element("groupName", group.groupName);
            out.element("callingLineIdPhoneNumber", group.callingLineIdPhoneNumber);
            out.element("timeZone", group.timeZone);
            out.element("timeZoneDisplayName", OciValues.timeZoneDisplayName(group.timeZone));
            out.element("serviceProviderId", group.serviceProviderId);
            out.element("groupId", group.groupId);
        });
    }

    private OciAnswer departments(XmlElement command) {
        CommandReader request = new CommandReader(command);
        GroupRef ref = GroupRef.read(request);
        boolean includeEnterprise = request.bool("includeEnterpriseDepartments");
        request.end();
        SimulatedGroup group = ref.lookUp(store);
        List<List<String>> rows = new ArrayList<>();
        if (includeEnterprise) {
            group.enterpriseDepartments.values().forEach(department ->
                    rows.add(departmentRow(true, department, group.enterpriseDepartments)));
        }
        group.departments.values().forEach(department -> rows.add(departmentRow(false, department, group.departments)));
        return new OciAnswer.Data(
                "GroupDepartmentGetListResponse18", out -> out.table("departmentTable", DEPARTMENT_HEADINGS, rows));
    }

    private OciAnswer availablePhoneNumbers(XmlElement command) {
        CommandReader request = new CommandReader(command);
        GroupRef ref = GroupRef.read(request);
        request.end();
        SimulatedGroup group = ref.lookUp(store);
        List<String> free = group.availablePhoneNumbers();
        return new OciAnswer.Data("GroupDnGetAvailableListResponse", out ->
                free.forEach(phoneNumber -> out.element("phoneNumber", group.tableNumber(phoneNumber))));
    }

    /** Service instances are the schema's virtual users, so this renames an IGC instance. */
    private OciAnswer renameUser(XmlElement command) {
        CommandReader request = new CommandReader(command);
        String userId = request.token("userId", 1, USER_ID_MAX);
        String newUserId = OciValues.userIdWithDomain(request.token("newUserId", 1, USER_ID_MAX));
        request.end();
        store.rename(userId, newUserId);
        return OciAnswer.SUCCESS;
    }

    /** The leading serviceProviderId and groupId of a group command, looked up once the whole request is valid. */
    private record GroupRef(String serviceProviderId, String groupId) {

        static GroupRef read(CommandReader request) {
            return new GroupRef(request.token("serviceProviderId", 1, ID_MAX), request.token("groupId", 1, ID_MAX));
        }

        SimulatedGroup lookUp(SimulatorStore store) {
            return store.group(serviceProviderId, groupId);
        }
    }

    private static List<String> departmentRow(boolean enterprise, Department department, Map<String, Department> level) {
        return Arrays.asList(
                Boolean.toString(enterprise),
                department.name(),
                department.fullPathName(level),
                department.callingLineIdName(),
                department.callingLineIdPhoneNumber());
    }
}
