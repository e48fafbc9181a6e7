package net.ocigateway.igc.simulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's fault injection, settable at run time (bean {@code simulatorFaults}) by tests and benchmarks.
 * Starts from {@code igc.simulator.faults.*}; at most one fault fires per request. A fault aimed at the requests
 * that carry a marker (a command type, a request id echoed in the document) reaches only those: a counted fault
 * any request can meet is taken by whichever arrives first, a late answer or a health probe included.
 */
public final class SimulatorFaults {

    private final SimulatorProperties.Faults configured;
    private final Map<SimulatorFault, AtomicInteger> nextRequests = new EnumMap<>(SimulatorFault.class);
    private final List<AimedFault> aimed = new CopyOnWriteArrayList<>();
    private final Map<SimulatorFault, Double> probabilities = new EnumMap<>(SimulatorFault.class);
    private volatile Map<SimulatorFault, Double> probabilitySnapshot = Map.of();
    private volatile long latencyMillis;
    private volatile long latencyJitterMillis;
    private volatile Duration slowAnswerDelay;

    SimulatorFaults(SimulatorProperties.Faults configured) {
        this.configured = configured;
        for (SimulatorFault fault : SimulatorFault.values()) {
            nextRequests.put(fault, new AtomicInteger());
        }
        reset();
    }

    /** Makes {@code fault} happen on each of the next {@code requests} requests. */
    public void failNext(SimulatorFault fault, int requests) {
        nextRequests.get(fault).set(requests);
    }

    /** Makes {@code fault} happen on each of the next {@code requests} requests whose SOAP body contains {@code marker}. */
    public void failNextContaining(SimulatorFault fault, int requests, String marker) {
        if (marker == null || marker.isEmpty()) {
            throw new IllegalArgumentException("a fault is aimed with a non-empty marker");
        }
        aimed.add(new AimedFault(fault, marker, new AtomicInteger(requests)));
    }

    /** Makes {@code fault} happen on each request with this probability (0 to 1). */
    public synchronized void setProbability(SimulatorFault fault, double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
        probabilities.put(fault, probability);
        probabilitySnapshot = Map.copyOf(probabilities);
    }

    /** Delays every answer by {@code fixed} plus a uniformly random part up to {@code jitter}. */
    public void setLatency(Duration fixed, Duration jitter) {
        latencyMillis = fixed.toMillis();
        latencyJitterMillis = jitter.toMillis();
    }

    /** How long a {@link SimulatorFault#SLOW_ANSWER} holds back its answer. */
    public void setSlowAnswerDelay(Duration delay) {
        slowAnswerDelay = delay;
    }

    Duration slowAnswerDelay() {
        return slowAnswerDelay;
    }

    /** Back to the configured settings (all off unless configured otherwise). */
    public synchronized void reset() {
        setLatency(configured.getLatency(), configured.getLatencyJitter());
        setSlowAnswerDelay(configured.getSlowAnswerDelay());
        probabilities.clear();
        aimed.clear();
        for (SimulatorFault fault : SimulatorFault.values()) {
            SimulatorProperties.Trigger trigger = configured.getTriggers().get(fault);
            nextRequests.get(fault).set(trigger == null ? 0 : trigger.getNextRequests());
            setProbability(fault, trigger == null ? 0 : trigger.getProbability());
        }
    }

    /** The latency to add to this request. */
    Duration latency() {
        long jitter = latencyJitterMillis;
        return Duration.ofMillis(latencyMillis + (jitter > 0 ? ThreadLocalRandom.current().nextLong(jitter + 1) : 0));
    }

    /**
     * The fault for the request with this SOAP body, if any: aimed ones first, then counted ones, then by
     * probability, in declaration order.
     */
    Optional<SimulatorFault> next(String soapBody) {
        for (AimedFault candidate : aimed) {
            if (soapBody.contains(candidate.marker()) && candidate.left().getAndUpdate(count -> Math.max(0, count - 1)) > 0) {
                return Optional.of(candidate.fault());
            }
        }
        for (SimulatorFault fault : SimulatorFault.values()) {
            AtomicInteger left = nextRequests.get(fault);
            // Read before writing, so the usual no-fault request touches no shared cache line.
            if (left.get() > 0 && left.getAndUpdate(count -> Math.max(0, count - 1)) > 0) {
                return Optional.of(fault);
            }
        }
        Map<SimulatorFault, Double> current = probabilitySnapshot;
        for (SimulatorFault fault : SimulatorFault.values()) {
            double probability = current.getOrDefault(fault, 0.0);
            if (probability > 0 && ThreadLocalRandom.current().nextDouble() < probability) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private record AimedFault(SimulatorFault fault, String marker, AtomicInteger left) {}
}
