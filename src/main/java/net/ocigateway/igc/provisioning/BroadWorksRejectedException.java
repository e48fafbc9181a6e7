package net.ocigateway.igc.provisioning;

import net.ocigateway.igc.ocip.command.ErrorResponse;

/** BroadWorks answered a command with an {@code ErrorResponse}; {@link BroadWorksErrors} decides what it means. */
public class BroadWorksRejectedException extends RuntimeException {

    private final transient ErrorResponse error;

    public BroadWorksRejectedException(ErrorResponse error) {
        super("BroadWorks error " + error.code() + ": " + error.summaryEnglish());
        this.error = error;
    }

    public ErrorResponse error() {
        return error;
    }
}
