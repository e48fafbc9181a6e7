package net.ocigateway.igc.simulator;

/** The OCI-P document cannot be answered with OCI-P at all (not XML, wrong root, no sessionId): a SOAP fault. */
final class MalformedOciDocument extends Exception {

    MalformedOciDocument(String message, Throwable cause) {
        super(message, cause);
    }
}
