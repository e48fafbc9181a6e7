package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One row of the instance list; {@code department} is left out when the instance has none. */
public record ListItem(
        String serviceUserId,
        String name,
        String phoneNumber,
        String extension,
        @JsonInclude(JsonInclude.Include.NON_NULL) Department department,
        boolean active) {}
