package net.ocigateway.igc.settings;

/**
 * What a {@link ServiceUserIdRule} may put into a generated service user ID. Values a rule does not use may be
 * {@code null}; {@code phone} is {@code null} when the instance has no phone number.
 */
public record IdContext(String tenantId, String groupId, String domain, String name, E164Number phone) {}
