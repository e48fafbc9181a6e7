package net.ocigateway.igc.api;

import java.util.List;

public record InstanceList(List<ListItem> instantGroupCalls) {}
