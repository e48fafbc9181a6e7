package net.ocigateway.igc.provisioning;

/**
 * What the gateway needs to know of a group: its default domain (for generated IDs) and the country of its
 * calling line ID number (for national phone numbers), {@code null} when the group has no CLI number.
 */
public record GroupProfile(String tenantId, String groupId, String defaultDomain, Integer countryCode) {}
