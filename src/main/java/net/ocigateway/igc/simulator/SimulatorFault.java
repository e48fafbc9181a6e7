package net.ocigateway.igc.simulator;

/** The failures the simulator can inject into its answers, for tests and benchmarks of the gateway. */
public enum SimulatorFault {
    /** Closes the connection without any answer; the request is not processed. */
    DROPPED_CONNECTION,
    /** HTTP 500 with a plain-text body; the request is not processed. */
    HTTP_ERROR,
    /** HTTP 500 with a SOAP Fault; the request is not processed. */
    SOAP_FAULT,
    /** Ends the caller's HTTP session first, so its commands answer not-logged-in and it must log in again. */
    SESSION_EXPIRY,
    /** Processes the request, then answers HTTP 200 with a body that is not XML. */
    GARBLED_ANSWER,
    /** Processes the request, then answers HTTP 200 with only the first half of the SOAP answer. */
    TRUNCATED_ANSWER,
    /** Processes the request, then answers only after the slow-answer delay: past the client's read timeout. */
    SLOW_ANSWER
}
