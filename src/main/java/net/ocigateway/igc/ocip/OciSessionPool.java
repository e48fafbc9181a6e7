package net.ocigateway.igc.ocip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A fixed set of OCI-P sessions, each lent to one caller at a time. A session logs in lazily on first use (the
 * borrower does it, so each session logs in exactly once however many callers arrive together); a caller that
 * finds none free within {@code igc.broadworks.session-wait} gets {@link BroadWorksOverloadedException}. A session
 * idle for {@code session-max-idle} or logged in for {@code session-max-age} logs in afresh before its next
 * command, so the server's own session timeouts are met before they bite. Nothing here knows the transport.
 */
@Component
public class OciSessionPool implements SmartLifecycle {

    /**
     * Stop after the web server's graceful drain (phase MAX-1024) and before the web server itself and the
     * CamelContext stop (MAX-2048, MAX-2049): the logouts still need the route, and the embedded simulator.
     */
    static final int PHASE = Integer.MAX_VALUE - 1536;

    private static final Logger LOG = LoggerFactory.getLogger(OciSessionPool.class);
    private static final Duration LOGOUT_WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<OciSession> idle;
    private final Duration sessionWait;
    private final int size;
    private final OciLogin login;
    private final Duration maxIdle;
    private final Duration maxAge;
    private final LongSupplier clock;
    private volatile boolean running;
    private volatile boolean closed;

    @Autowired
    public OciSessionPool(BroadWorksProperties properties, OciLogin login) {
        this(properties, login, System::nanoTime);
    }

    /** With {@code clock} as the source of {@link System#nanoTime()}-like readings. */
    OciSessionPool(BroadWorksProperties properties, OciLogin login, LongSupplier clock) {
        this.clock = clock;
        this.maxIdle = properties.sessionMaxIdle();
        this.maxAge = properties.sessionMaxAge();
        this.size = properties.poolSize();
        this.sessionWait = properties.sessionWait();
        this.login = login;
        // Fair: waiting callers get sessions in arrival order, so none starves into a 503 while others are served.
        this.idle = new ArrayBlockingQueue<>(size, true);
        for (int i = 0; i < size; i++) {
            idle.add(new OciSession());
        }
    }

    /** A session for the caller's sole use until it is released or discarded; maybe not logged in yet. */
    OciSession acquire() {
        if (closed) {
            throw new BroadWorksUnavailableException("the OCI-P session pool is shut down", null);
        }
        try {
            OciSession session = idle.poll(sessionWait.toMillis(), TimeUnit.MILLISECONDS);
            if (session == null) {
                throw new BroadWorksOverloadedException(
                        "all " + size + " OCI-P sessions stayed busy for " + sessionWait.toMillis() + " ms", null);
            }
            return session;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BroadWorksOverloadedException("interrupted while waiting for an OCI-P session", e);
        }
    }

    /** Ensures {@code session} is logged in, freshly if it went stale; runs on the borrower's thread. */
    void loginIfNeeded(OciSession session) {
        if (session.stale(clock.getAsLong(), maxIdle, maxAge)) {
            LOG.debug("OCI-P session idle or old beyond its limits; logging it in afresh");
            session.markLoggedOut();
        }
        if (!session.loggedIn()) {
            login.login(session);
            session.loggedInAt(clock.getAsLong());
        }
    }

    /** Sessions free to lend now; all of them whenever no call is under way. */
    public int idleSessions() {
        return idle.size();
    }

    void release(OciSession session) {
        session.usedAt(clock.getAsLong());
        idle.add(session);
    }

    /** Drops a session whose transport failed; a fresh one takes its place and logs in when next used. */
    void discard(OciSession session) {
        idle.add(new OciSession());
    }

    int size() {
        return size;
    }

    /** Sessions free right now; 0 means callers are waiting (or will get 503). */
    int idleCount() {
        return idle.size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Logs out every logged-in idle session, best effort and within {@link #LOGOUT_WAIT} in all. */
    @Override
    public void stop() {
        closed = true;
        List<OciSession> sessions = new ArrayList<>();
        idle.drainTo(sessions);
        List<Callable<Void>> logouts = sessions.stream()
                .filter(OciSession::loggedIn)
                .map(session -> (Callable<Void>) () -> logout(session))
                .toList();
        if (!logouts.isEmpty()) {
            ExecutorService workers = Executors.newFixedThreadPool(logouts.size());
            try {
                workers.invokeAll(logouts, LOGOUT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                workers.shutdownNow();
            }
        }
        running = false;
    }

    private Void logout(OciSession session) {
        try {
            login.logout(session);
        } catch (BroadWorksException e) {
            LOG.info("OCI-P logout at shutdown failed: {}", e.getMessage());
        }
        return null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
