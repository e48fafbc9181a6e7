package net.ocigateway.igc.ocip;

/** BroadWorks accepted the connection but did not answer within the read timeout. */
public final class BroadWorksTimeoutException extends BroadWorksException {

    public BroadWorksTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
