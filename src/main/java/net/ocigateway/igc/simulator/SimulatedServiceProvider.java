package net.ocigateway.igc.simulator;

import java.util.Map;

/** A service provider or enterprise, with its enterprise-level departments and its groups (fixed by the seed). */
record SimulatedServiceProvider(
        String serviceProviderId, boolean enterprise, Map<String, Department> departments, Map<String, SimulatedGroup> groups) {}
