package net.ocigateway.igc.simulator;

/** The login state of one OCI-P session. Each session is used by one client at a time; fields are volatile. */
final class OciSession {

    /** The nonce of the last AuthenticationRequest, used once by the LoginRequest14sp4 that follows. */
    volatile String nonce;

    volatile String authenticatingUserId;

    /** The administrator logged in on this session, or {@code null}. */
    volatile String loggedInUserId;

    boolean loggedIn() {
        return loggedInUserId != null;
    }
}
