package net.ocigateway.igc.api;

import java.util.List;

/** Every error answer: {@code {"errors":[…]}}, most important first. */
public record ErrorBody(List<ApiError> errors) {}
