package net.ocigateway.igc.ocip.command;

public record EnterpriseDepartmentKey(String serviceProviderId, String name) implements DepartmentKey {}
