package net.ocigateway.igc.jms;

/** A request message that is not a JSON object: nothing in it can be answered, so it goes to the DLQ at once. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String reason) {
        super(reason);
    }
}
