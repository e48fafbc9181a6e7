package net.ocigateway.igc.ocip;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What operators watch of the way to BroadWorks: free OCI-P sessions and whether the circuit breaker lets calls through. */
@Component
class BroadWorksMetrics {

    BroadWorksMetrics(MeterRegistry registry, OciSessionPool sessions, BroadWorksCircuitBreaker circuitBreaker) {
        Gauge.builder("igc.broadworks.sessions.idle", sessions, OciSessionPool::idleSessions)
                .description("OCI-P sessions free to lend")
                .register(registry);
        Gauge.builder("igc.broadworks.circuit.closed", circuitBreaker, breaker -> breaker.closed() ? 1 : 0)
                .description("1 while calls go to BroadWorks, 0 while the circuit breaker is open or half-open")
                .register(registry);
    }
}
