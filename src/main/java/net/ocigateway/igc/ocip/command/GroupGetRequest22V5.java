package net.ocigateway.igc.ocip.command;

/** Sent with the serviceProviderId + groupId choice of the schema. */
public record GroupGetRequest22V5(String serviceProviderId, String groupId) implements OciRequest {}
