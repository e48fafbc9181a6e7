package net.ocigateway.igc.settings;

/** A phone number that the numbering plan does not accept; {@link #reason()} says why in words. */
public class InvalidPhoneNumberException extends IllegalArgumentException {

    private final String input;
    private final String reason;

    public InvalidPhoneNumberException(String input, String reason) {
        super("'" + input + "' is not a valid phone number: " + reason);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}
