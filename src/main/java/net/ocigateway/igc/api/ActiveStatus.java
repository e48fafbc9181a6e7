package net.ocigateway.igc.api;

import jakarta.validation.constraints.NotNull;

/** One item of the bulk active-status request. */
public record ActiveStatus(@NotNull @ServiceUserId String serviceUserId, @NotNull Boolean active) {}
