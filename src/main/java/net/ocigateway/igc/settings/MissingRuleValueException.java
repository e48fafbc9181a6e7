package net.ocigateway.igc.settings;

/** A service user ID rule uses a placeholder the instance gives no value for (a client error, 400). */
public class MissingRuleValueException extends RuntimeException {

    private final String rule;
    private final String field;

    public MissingRuleValueException(String rule, String placeholder, String field) {
        super("the service user ID rule '" + rule + "' needs {{" + placeholder + "}}, but the instance has no "
                + field.substring(field.lastIndexOf('.') + 1));
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The request field whose value is missing. */
    public String field() {
        return field;
    }
}
