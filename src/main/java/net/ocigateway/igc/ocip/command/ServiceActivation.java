package net.ocigateway.igc.ocip.command;

public record ServiceActivation(String serviceUserId, boolean isActive) {}
