package net.ocigateway.igc.api;

import jakarta.validation.groups.Default;

/** Validation group of POST: every default rule plus the fields a new instance must have. */
public interface OnCreate extends Default {}
