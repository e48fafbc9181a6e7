package net.ocigateway.igc.ocip;

/** BroadWorks could not give an OCI-P answer; each subclass is one way that fails, mapped to its own HTTP status. */
public abstract sealed class BroadWorksException extends RuntimeException
        permits BroadWorksUnavailableException, BroadWorksTimeoutException, BroadWorksOverloadedException {

    protected BroadWorksException(String message, Throwable cause) {
        super(message, cause);
    }
}
