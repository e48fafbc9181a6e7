package net.ocigateway.igc.ocip.command;

public record SuccessResponse() implements OciResponse {}
