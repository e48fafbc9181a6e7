package net.ocigateway.igc.ocip;

/** Unreachable, an HTTP error, a SOAP fault, or an answer that is not a well-formed OCI-P document. */
public final class BroadWorksUnavailableException extends BroadWorksException {

    public BroadWorksUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
