package net.ocigateway.igc.simulator;

/** A SOAP request the simulator cannot serve; answered as a SOAP 1.1 Fault with HTTP 500. */
final class SoapFault extends Exception {

    private final String faultCode;

    SoapFault(String faultCode, String faultString) {
        super(faultString, null, false, false);
        this.faultCode = faultCode;
    }

    /** {@code Client} when the request is at fault, {@code Server} otherwise. */
    String faultCode() {
        return faultCode;
    }
}
