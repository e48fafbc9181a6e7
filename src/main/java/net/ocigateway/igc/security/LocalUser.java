package net.ocigateway.igc.security;

import java.util.regex.Pattern;

/**
 * A user who logs in at the gateway itself, or connects to its embedded broker. Only the BCrypt hash of the
 * password is configured; the scope rules are {@link Caller#configured}'s.
 */
public record LocalUser(String username, String passwordHash, int level, String tenantId, String groupId) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    public LocalUser {
        Caller.configured(username, level, tenantId, groupId);
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            throw new IllegalArgumentException("user " + username + ": password-hash must be a BCrypt hash ($2a$10$...)");
        }
    }

    public UserLevel userLevel() {
        return UserLevel.of(level);
    }

    /** What this user may manage, as a token issued to it says. */
    public Caller caller() {
        return new Caller(userLevel(), tenantId, groupId);
    }

    @Override
    public String toString() {
        return "LocalUser[username=" + username + ", passwordHash=******, level=" + level + ", tenantId=" + tenantId
                + ", groupId=" + groupId + "]";
    }
}
