package net.ocigateway.igc.ocip.command;

/** The part of {@code GroupGetResponse22V5} the gateway reads; the other elements are skipped when parsing. */
public record GroupGetResponse22V5(
        String defaultDomain,
        String groupName,
        String callingLineIdPhoneNumber,
        String timeZone,
        String serviceProviderId,
        String groupId)
        implements OciResponse {}
