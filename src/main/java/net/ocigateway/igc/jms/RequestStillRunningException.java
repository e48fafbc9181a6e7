package net.ocigateway.igc.jms;

/** Another copy of this requestId is being processed right now: this one waits and looks again. */
public class RequestStillRunningException extends RuntimeException {

    public RequestStillRunningException(String requestId) {
        super("request " + requestId + " is still being processed");
    }
}
