package net.ocigateway.igc.ocip.command;

public record GroupInstantGroupCallDeleteInstanceRequest(String serviceUserId) implements OciRequest {}
