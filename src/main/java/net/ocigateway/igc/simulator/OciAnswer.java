package net.ocigateway.igc.simulator;

import java.util.function.Consumer;

/** What one command is answered with. */
sealed interface OciAnswer {

    OciAnswer SUCCESS = new Success();

    record Success() implements OciAnswer {}

    record Error(SimulatorError error, String summary) implements OciAnswer {

        static Error of(CommandRejected rejected) {
            return new Error(rejected.error(), rejected.getMessage());
        }
    }

    /** A data response, written unprefixed with {@code xmlns=""}; {@code body} writes its elements in order. */
    record Data(String type, Consumer<OciXmlWriter> body) implements OciAnswer {}
}
