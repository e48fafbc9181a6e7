package net.ocigateway.igc.simulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Settings under {@code igc.simulator}; bound only when the embedded simulator is active. */
public class SimulatorProperties {

    /** Spring resource location of the seed data. */
    private String seed = "classpath:config/simulator-seed.json";

    /**
     * Replaces the seed administrators' published password; for a gateway that reaches this simulator through
     * a URL, where the gateway refuses the published one. Empty: the seed's.
     */
    private String administratorPassword = "";

    /** Only clients on this host may call the simulator's SOAP endpoint; false opens it to any address. */
    private boolean loopbackOnly = true;

    /** Overrides of the error codes by {@link SimulatorError} name, e.g. {@code not-logged-in: 4003}. */
    private final Map<SimulatorError, Integer> errorCodes = new EnumMap<>(SimulatorError.class);

    /** A logged-in OCI-P session unused this long is forgotten, as a real server's idle timeout does. */
    private volatile Duration sessionIdleTimeout = Duration.ofMinutes(10);

    private final Faults faults = new Faults();

    private final Quirks quirks = new Quirks();

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public Duration getSessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    public void setSessionIdleTimeout(Duration sessionIdleTimeout) {
        this.sessionIdleTimeout = sessionIdleTimeout;
    }

    public String getAdministratorPassword() {
        return administratorPassword;
    }

    public void setAdministratorPassword(String administratorPassword) {
        this.administratorPassword = administratorPassword == null ? "" : administratorPassword;
    }

    public boolean isLoopbackOnly() {
        return loopbackOnly;
    }

    public void setLoopbackOnly(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    public Map<SimulatorError, Integer> getErrorCodes() {
        return errorCodes;
    }

    public Faults getFaults() {
        return faults;
    }

    public Quirks getQuirks() {
        return quirks;
    }

    int errorCode(SimulatorError error) {
        return errorCodes.getOrDefault(error, error.defaultCode());
    }

    /** Fault injection at start-up; {@link SimulatorFaults} changes it at run time. All off by default. */
    public static class Faults {

        private Duration latency = Duration.ZERO;
        private Duration latencyJitter = Duration.ZERO;
        private Duration slowAnswerDelay = Duration.ofSeconds(35);
        private final Map<SimulatorFault, Trigger> triggers = new EnumMap<>(SimulatorFault.class);

        public Duration getLatency() {
            return latency;
        }

        public void setLatency(Duration latency) {
            this.latency = latency;
        }

        public Duration getLatencyJitter() {
            return latencyJitter;
        }

        public void setLatencyJitter(Duration latencyJitter) {
            this.latencyJitter = latencyJitter;
        }

        public Duration getSlowAnswerDelay() {
            return slowAnswerDelay;
        }

        public void setSlowAnswerDelay(Duration slowAnswerDelay) {
            this.slowAnswerDelay = slowAnswerDelay;
        }

        /** By fault name, e.g. {@code dropped-connection: {probability: 0.01}}. */
        public Map<SimulatorFault, Trigger> getTriggers() {
            return triggers;
        }
    }

    /** When a fault fires: on each request with {@code probability}, and on the next {@code nextRequests} ones. */
    public static class Trigger {

        private double probability;
        private int nextRequests;

        public double getProbability() {
            return probability;
        }

        public void setProbability(double probability) {
            this.probability = probability;
        }

        public int getNextRequests() {
            return nextRequests;
        }

        public void setNextRequests(int nextRequests) {
            this.nextRequests = nextRequests;
        }
    }

    /** Behaviours some real servers show, off by default. */
    public static class Quirks {

        /** List answers give phone numbers as national digits, without the country code. */
        private volatile boolean nationalNumbersInList;

        public boolean isNationalNumbersInList() {
            return nationalNumbersInList;
        }

        public void setNationalNumbersInList(boolean nationalNumbersInList) {
            this.nationalNumbersInList = nationalNumbersInList;
        }
    }
}
