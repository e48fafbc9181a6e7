package net.ocigateway.igc.ocip.command;

public record GroupDepartmentKey(String serviceProviderId, String groupId, String name) implements DepartmentKey {}
