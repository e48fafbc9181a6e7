package net.ocigateway.igc.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record BulkActiveRequest(@NotEmpty List<@NotNull @Valid ActiveStatus> services) {}
