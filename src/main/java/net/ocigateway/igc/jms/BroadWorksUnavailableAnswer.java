package net.ocigateway.igc.jms;

/** An operation answered 502, 503 or 504: BroadWorks could not be reached, so the request is tried again. */
public class BroadWorksUnavailableAnswer extends RuntimeException {

    private final int status;
    private final String reason;

    public BroadWorksUnavailableAnswer(int status, String reason) {
        super("BroadWorks unavailable (" + status + "): " + reason);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
