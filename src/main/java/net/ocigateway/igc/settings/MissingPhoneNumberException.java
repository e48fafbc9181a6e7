package net.ocigateway.igc.settings;

/** A service user ID rule uses a phone placeholder but the instance has no phone number (a client error). */
public class MissingPhoneNumberException extends RuntimeException {

    private final String rule;

    public MissingPhoneNumberException(String rule) {
        super("the service user ID rule '" + rule + "' needs a phone number, but the instance has none");
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
