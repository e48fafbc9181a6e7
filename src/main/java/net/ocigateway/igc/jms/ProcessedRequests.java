package net.ocigateway.igc.jms;

/**
 * The requestIds the gateway has taken on, and the first result of each: what makes a repeated request
 * harmless. A request is claimed before it runs, completed with its result, or released when it must be
 * sent again later.
 */
public interface ProcessedRequests {

    /** Takes {@code requestId} on, unless it already was: then its first result, or that it is still running. */
    Claim claim(String requestId);

    /** Records the result of a claimed request; a repeat of it is answered with this from now on. */
    void complete(String requestId, String result);

    /** Forgets an unfinished claim, so that a repeat of the request runs again. */
    void release(String requestId);

    /** The outcome of {@link #claim}: {@code result} is set only for {@link State#DONE}. */
    record Claim(State state, String result) {

        static final Claim TAKEN = new Claim(State.TAKEN, null);
        static final Claim RUNNING = new Claim(State.RUNNING, null);

        static Claim done(String result) {
            return new Claim(State.DONE, result);
        }
    }

    enum State {
        /** New: the caller runs it. */
        TAKEN,
        /** Another consumer is running it now. */
        RUNNING,
        /** Already answered. */
        DONE
    }
}
