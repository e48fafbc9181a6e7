package net.ocigateway.igc.ocip;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether BroadWorks answers, as the {@code broadworks} health contributor of the readiness group. Probes are
 * frequent and must be cheap, so real traffic decides: an OCI-P answer to the last round trip counts while it
 * is younger than {@code igc.health.broadworks.fresh-for}. Without such an answer a check sends one
 * session-less {@code AuthenticationRequest} (read-only, no login, on a session of its own): at most one at a time,
 * its outcome then counting as traffic for the next probes, and waited for at most
 * {@code igc.health.broadworks.probe-timeout}.
 */
@Component("broadworksHealthIndicator")
public class BroadWorksHealthIndicator implements HealthIndicator, DisposableBean {

    private final BroadWorksReachability reachability;
    private final OciSoapTransport transport;
    private final OciSessionPool sessions;
    private final String userId;
    private final Duration freshFor;
    private final Duration probeTimeout;
    private final OciSession probeSession = new OciSession();
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "broadworks-health-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> probe = CompletableFuture.completedFuture(null);

    BroadWorksHealthIndicator(
            BroadWorksReachability reachability,
            OciSoapTransport transport,
            OciSessionPool sessions,
            BroadWorksProperties properties,
            @Value("${igc.health.broadworks.fresh-for:30s}") Duration freshFor,
            @Value("${igc.health.broadworks.probe-timeout:2s}") Duration probeTimeout) {
        this.reachability = reachability;
        this.transport = transport;
        this.sessions = sessions;
        this.userId = properties.userId();
        this.freshFor = freshFor;
        this.probeTimeout = probeTimeout;
    }

    @Override
    public Health health() {
        BroadWorksReachability.Outcome last = reachability.last();
        // A failure is checked again at once: BroadWorks back, or reached for the first time once the gateway has
        // started, shows on the next check rather than fresh-for later.
        if (last == null || !last.answered() || last.at().isBefore(reachability.now().minus(freshFor))) {
            last = probe();
        }
        Health.Builder health = last.answered() ? Health.up() : Health.down().withDetail("error", last.failure());
        return health.withDetail("lastRoundTrip", last.at().toString())
                .withDetail("sessions", sessions.size())
                .withDetail("idleSessions", sessions.idleCount())
                .build();
    }

    private BroadWorksReachability.Outcome probe() {
        CompletableFuture<Void> running;
        synchronized (this) {
            if (probe.isDone()) {
                probe = CompletableFuture.runAsync(this::sendProbe, prober);
            }
            running = probe;
        }
        try {
            running.get(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return reachability.last();
        } catch (TimeoutException e) {
            return new BroadWorksReachability.Outcome(
                    reachability.now(), "no answer to the health probe within " + probeTimeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new BroadWorksReachability.Outcome(reachability.now(), "health probe failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BroadWorksReachability.Outcome(reachability.now(), "interrupted while probing BroadWorks");
        }
    }

    /** Any OCI-P answer, even an ErrorResponse, shows BroadWorks serving; the transport records the outcome. */
    private void sendProbe() {
        try {
            transport.exchange(probeSession, OciDocumentWriter.authenticationRequest(probeSession.sessionId(), userId));
        } catch (BroadWorksException e) {
            // Already recorded by the transport.
        } catch (RuntimeException e) {
            reachability.failed("health probe failed: " + e.getMessage());
        }
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
