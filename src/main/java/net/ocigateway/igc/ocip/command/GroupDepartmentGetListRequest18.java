package net.ocigateway.igc.ocip.command;

public record GroupDepartmentGetListRequest18(
        String serviceProviderId, String groupId, boolean includeEnterpriseDepartments) implements OciRequest {}
