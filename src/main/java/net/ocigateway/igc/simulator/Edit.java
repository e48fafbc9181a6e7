package net.ocigateway.igc.simulator;

/** A Modify element in one of its three states: absent (keep), {@code xsi:nil} (clear) or a new value. */
record Edit<T>(Kind kind, T value) {

    enum Kind {
        KEEP,
        CLEAR,
        SET
    }

    static <T> Edit<T> keep() {
        return new Edit<>(Kind.KEEP, null);
    }

    static <T> Edit<T> clear() {
        return new Edit<>(Kind.CLEAR, null);
    }

    static <T> Edit<T> set(T value) {
        return new Edit<>(Kind.SET, value);
    }

    /** A non-nillable optional element: absent keeps, present sets. */
    static <T> Edit<T> ofNullable(T value) {
        return value == null ? keep() : set(value);
    }

    T applyTo(T current) {
        return switch (kind) {
            case KEEP -> current;
            case CLEAR -> null;
            case SET -> value;
        };
    }
}
