package net.ocigateway.igc.simulator;

import java.time.Duration;

/** The login state of one OCI-P session. Each session is used by one client at a time; fields are volatile. */
final class OciSession {

    /** The nonce of the last AuthenticationRequest, used once by the LoginRequest14sp4 that follows. */
    volatile String nonce;

    volatile String authenticatingUserId;

    /** The administrator logged in on this session, or {@code null}. */
    volatile String loggedInUserId;

    /** {@link System#nanoTime()} of the last command this session ran logged in. */
    private volatile long lastUsedNanos;

    boolean loggedIn() {
        return loggedInUserId != null;
    }

    void loggedIn(String userId) {
        loggedInUserId = userId;
        touch();
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    boolean idleFor(Duration timeout) {
        return System.nanoTime() - lastUsedNanos >= timeout.toNanos();
    }
}
