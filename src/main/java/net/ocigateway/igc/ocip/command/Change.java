package net.ocigateway.igc.ocip.command;

import java.util.Objects;

/** A nillable Modify element: left out (keep), {@code xsi:nil} (clear) or a new value. */
public sealed interface Change<T> {

    record Keep<T>() implements Change<T> {}

    record Clear<T>() implements Change<T> {}

    record SetTo<T>(T value) implements Change<T> {
        public SetTo {
            Objects.requireNonNull(value, "value");
        }
    }

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    static <T> Change<T> to(T value) {
        return new SetTo<>(value);
    }
}
