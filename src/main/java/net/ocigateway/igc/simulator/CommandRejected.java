package net.ocigateway.igc.simulator;

/** Ends one command with an ErrorResponse; the other commands of the document still run. */
final class CommandRejected extends RuntimeException {

    private final SimulatorError error;

    CommandRejected(SimulatorError error, Object... arguments) {
        super(error.summary(arguments), null, false, false);
        this.error = error;
    }

    static CommandRejected invalid(String reason) {
        return new CommandRejected(SimulatorError.INVALID_REQUEST, reason);
    }

    SimulatorError error() {
        return error;
    }
}
