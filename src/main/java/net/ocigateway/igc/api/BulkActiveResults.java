package net.ocigateway.igc.api;

import java.util.List;

/** The 207 answer of a bulk request that partly failed: one result per item, in request order. */
public record BulkActiveResults(List<BulkActiveResult> results) {}
