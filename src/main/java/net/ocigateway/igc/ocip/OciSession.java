package net.ocigateway.igc.ocip;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One OCI-P/SOAP session: the client-chosen OCI {@code sessionId} plus the HTTP cookies (JSESSIONID) BroadWorks
 * bound it to. The pool lends a session to one thread at a time, so it needs no locking of its own.
 */
final class OciSession {

    private final String sessionId = UUID.randomUUID().toString();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private boolean loggedIn;
    private long loggedInAtNanos;
    private long lastUsedNanos;

    String sessionId() {
        return sessionId;
    }

    boolean loggedIn() {
        return loggedIn;
    }

    void markLoggedIn() {
        loggedIn = true;
    }

    /** Records when BroadWorks accepted the login, on the pool's clock. */
    void loggedInAt(long nanos) {
        loggedInAtNanos = nanos;
        lastUsedNanos = nanos;
    }

    /** Records the end of a round trip, on the pool's clock. */
    void usedAt(long nanos) {
        lastUsedNanos = nanos;
    }

    /** Whether a logged-in session has been idle or alive so long that the server may have dropped it. */
    boolean stale(long nowNanos, Duration maxIdle, Duration maxAge) {
        return loggedIn && (nowNanos - lastUsedNanos >= maxIdle.toNanos() || nowNanos - loggedInAtNanos >= maxAge.toNanos());
    }

    /** BroadWorks forgot this session: the next use logs in again, on a fresh HTTP session. */
    void markLoggedOut() {
        loggedIn = false;
        cookies.clear();
    }

    /** The {@code Cookie} request header for this session, or null before BroadWorks has set one. */
    String cookieHeader() {
        return cookies.isEmpty()
                ? null
                : cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** Takes in the cookies of one {@code Set-Cookie} response header. */
    void storeCookie(String setCookie) {
        for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    @Override
    public String toString() {
        return "OciSession[loggedIn=" + loggedIn + "]";
    }
}
