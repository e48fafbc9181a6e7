package net.ocigateway.igc.simulator;

import jakarta.servlet.http.HttpSession;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OCI-P session over SOAP: the HTTP session of the {@code JSESSIONID} cookie together with the client's OCI-P
 * sessionId, as on a real BroadWorks Xsp. The servlet container expires idle HTTP sessions, and their OCI-P
 * sessions with them.
 */
record SessionKey(ConcurrentHashMap<String, OciSession> sessionsOfCookie, String sessionId) {

    private static final String ATTRIBUTE = SessionKey.class.getName();

    /** The OCI-P sessions kept in this HTTP session, created with it. */
    @SuppressWarnings("unchecked")
    static ConcurrentHashMap<String, OciSession> sessionsOf(HttpSession httpSession) {
        Object sessions = httpSession.getAttribute(ATTRIBUTE);
        if (sessions == null) {
            // Only a session's first request gets here, so this lock is off the hot path.
            synchronized (SessionKey.class) {
                sessions = httpSession.getAttribute(ATTRIBUTE);
                if (sessions == null) {
                    sessions = new ConcurrentHashMap<String, OciSession>();
                    httpSession.setAttribute(ATTRIBUTE, sessions);
                }
            }
        }
        return (ConcurrentHashMap<String, OciSession>) sessions;
    }

    /** The session, or {@code null} when it never authenticated here or has expired. */
    OciSession find() {
        return sessionsOfCookie.get(sessionId);
    }

    OciSession findOrCreate() {
        return sessionsOfCookie.computeIfAbsent(sessionId, id -> new OciSession());
    }

    void end() {
        sessionsOfCookie.remove(sessionId);
    }
}
