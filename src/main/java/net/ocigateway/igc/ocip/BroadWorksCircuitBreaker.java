package net.ocigateway.igc.ocip;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stops calling BroadWorks while most recent calls got no OCI-P answer: callers then get
 * {@link BroadWorksOverloadedException} at once instead of each waiting for its own timeout, and BroadWorks gets
 * room to recover. After {@code wait-in-open} a few probe calls go through; their outcome closes or reopens it.
 */
@Component
public class BroadWorksCircuitBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(BroadWorksCircuitBreaker.class);

    private final CircuitBreakerProperties properties;
    private final CircuitBreaker breaker;

    public BroadWorksCircuitBreaker(CircuitBreakerProperties properties) {
        this.properties = properties;
        this.breaker = CircuitBreaker.of("broadworks", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .waitDurationInOpenState(properties.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(properties.permittedCallsInHalfOpen())
                // Only a missing answer is BroadWorks failing; overload and the caller's own errors say nothing.
                .recordExceptions(BroadWorksUnavailableException.class, BroadWorksTimeoutException.class)
                .ignoreException(e -> !(e instanceof BroadWorksUnavailableException
                        || e instanceof BroadWorksTimeoutException))
                .build());
        breaker.getEventPublisher().onStateTransition(event -> LOG.warn(
                "BroadWorks circuit breaker {} (failure rate {}% over the last calls)",
                event.getStateTransition(), breaker.getMetrics().getFailureRate()));
    }

    /**
     * Runs {@code call} unless the circuit is open.
     *
     * @throws BroadWorksOverloadedException when the circuit is open, or half-open with its probes under way
     */
    public <T> T call(Supplier<T> call) {
        if (!properties.enabled()) {
            return call.get();
        }
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException e) {
            throw new BroadWorksOverloadedException(breaker.getState() == CircuitBreaker.State.HALF_OPEN
                    ? "the BroadWorks circuit breaker is half-open: probe calls are under way"
                    : "the BroadWorks circuit breaker is open after " + Math.round(breaker.getMetrics().getFailureRate())
                            + "% of the latest calls failed; calls resume within "
                            + properties.waitInOpen().toMillis() + " ms", e);
        }
    }

    /** {@code closed}, {@code open} or {@code half-open}. */
    public String state() {
        return breaker.getState().name().toLowerCase().replace('_', '-');
    }

    /** True while calls go to BroadWorks as usual. */
    public boolean closed() {
        return breaker.getState() == CircuitBreaker.State.CLOSED;
    }
}
