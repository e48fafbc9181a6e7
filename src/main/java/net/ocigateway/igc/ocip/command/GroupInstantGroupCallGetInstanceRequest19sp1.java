package net.ocigateway.igc.ocip.command;

public record GroupInstantGroupCallGetInstanceRequest19sp1(String serviceUserId) implements OciRequest {}
