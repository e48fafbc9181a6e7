package net.ocigateway.igc.security;

import java.util.Arrays;

/** APIO's user levels, carried as the {@code user_level} claim. */
public enum UserLevel {
    END_USER(0),
    DEPARTMENT_ADMIN(4),
    GROUP_ADMIN(8),
    TENANT_ADMIN(12),
    SYSTEM_ADMIN(16);

    private final int value;

    UserLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static UserLevel of(int value) {
        return Arrays.stream(values()).filter(level -> level.value == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("user level " + value + " is not one of 0, 4, 8, 12, 16"));
    }
}
