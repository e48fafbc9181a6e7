package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;

/**
 * A department reference: a group department when {@code groupId} is set, else an enterprise department of
 * the tenant. {@code fullPathName} is answered in lists only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Department(
        @NotNull @OciToken(max = 30) String tenantId,
        @OciToken(max = 30) String groupId,
        @NotNull @OciToken(max = 50) String departmentName,
        String fullPathName) {}
