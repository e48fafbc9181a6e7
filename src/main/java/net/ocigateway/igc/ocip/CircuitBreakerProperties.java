package net.ocigateway.igc.ocip;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the gateway stops calling a failing BroadWorks for a while. Only calls that got no OCI-P answer (unreachable,
 * HTTP error, SOAP fault, unreadable answer, timeout) count as failures; an ErrorResponse is an answer.
 *
 * @param enabled false sends every call whatever BroadWorks did before
 * @param failureRateThreshold the percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize how many of the latest calls the failure rate is computed over
 * @param minimumNumberOfCalls how many calls the window needs before the rate counts
 * @param waitInOpen how long an open circuit answers 503 at once before it lets probes through
 * @param permittedCallsInHalfOpen how many probe calls decide whether the circuit closes again
 */
@ConfigurationProperties("igc.broadworks.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("10s") Duration waitInOpen,
        @DefaultValue("2") int permittedCallsInHalfOpen) {

    /** The defaults, for clients built outside Spring. */
    public static CircuitBreakerProperties defaults() {
        return new CircuitBreakerProperties(true, 50, 20, 10, Duration.ofSeconds(10), 2);
    }
}
