package net.ocigateway.igc.security;

import java.util.regex.Pattern;

/**
 * A user who logs in at the gateway itself. Only the BCrypt hash of the password is configured. A Tenant
 * Admin needs its tenant, a Group Admin and the levels below it also their group.
 */
public record LocalUser(String username, String passwordHash, int level, String tenantId, String groupId) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    public LocalUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a local user has no username");
        }
        if (passwordHash == null || !BCRYPT.matcher(passwordHash).matches()) {
            throw new IllegalArgumentException("user " + username + ": password-hash must be a BCrypt hash ($2a$10$...)");
        }
        UserLevel userLevel = UserLevel.of(level);
        if (userLevel != UserLevel.SYSTEM_ADMIN && isBlank(tenantId)) {
            throw new IllegalArgumentException("user " + username + ": tenant-id is required below System Admin");
        }
        if (userLevel.value() <= UserLevel.GROUP_ADMIN.value() && isBlank(groupId)) {
            throw new IllegalArgumentException("user " + username + ": group-id is required at Group Admin and below");
        }
    }

    public UserLevel userLevel() {
        return UserLevel.of(level);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
