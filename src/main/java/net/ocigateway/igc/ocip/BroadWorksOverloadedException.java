package net.ocigateway.igc.ocip;

/** No OCI-P session became free within the wait limit. */
public final class BroadWorksOverloadedException extends BroadWorksException {

    public BroadWorksOverloadedException(String message, Throwable cause) {
        super(message, cause);
    }
}
