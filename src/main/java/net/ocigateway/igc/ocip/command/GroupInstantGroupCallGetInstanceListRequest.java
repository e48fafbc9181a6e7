package net.ocigateway.igc.ocip.command;

/** {@code groupDepartmentName} null lists the whole group. */
public record GroupInstantGroupCallGetInstanceListRequest(
        String serviceProviderId, String groupId, String groupDepartmentName) implements OciRequest {}
