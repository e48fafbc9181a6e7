package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a login: {@code {"token":"…","ids":{…},"profile":{"user_level":8}}}, APIO's own keys. */
public record LoginAnswer(String token, Ids ids, Profile profile) {

    /** What the user administers; {@code null} above its level (a System Admin has no tenant). */
    public record Ids(
            @JsonProperty("tenant_id") String tenantId,
            @JsonProperty("group_id") String groupId,
            @JsonProperty("user_id") String userId) {}

    public record Profile(@JsonProperty("user_level") int userLevel) {}
}
