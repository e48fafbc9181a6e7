package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The outcome of one bulk item: its HTTP-like status and, when it failed, why. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BulkActiveResult(String serviceUserId, int status, List<ApiError> errors) {}
