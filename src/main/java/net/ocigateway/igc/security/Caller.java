package net.ocigateway.igc.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a token says the caller is: level and the tenant and group it administers, read from the claims
 * {@code user_level}, {@code tenant_id} and {@code group_id}.
 */
public record Caller(UserLevel level, String tenantId, String groupId) {

    public static final String USER_ID = "user_id";
    public static final String USER_LEVEL = "user_level";
    public static final String TENANT_ID = "tenant_id";
    public static final String GROUP_ID = "group_id";

    /** The caller of a verified token; empty for anonymous calls and tokens without a known level. */
    public static Optional<Caller> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)
                || !(token.getToken().getClaims().get(USER_LEVEL) instanceof Number level)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Caller(UserLevel.of(level.intValue()),
                    token.getToken().getClaimAsString(TENANT_ID), token.getToken().getClaimAsString(GROUP_ID)));
        } catch (IllegalArgumentException unknownLevel) {
            return Optional.empty();
        }
    }

    /**
     * The scope of a configured user (a REST user, a broker user), checked as the configuration is read: a
     * Tenant Admin needs its tenant, a Group Admin and the levels below it also their group.
     */
    public static Caller configured(String username, int level, String tenantId, String groupId) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a configured user has no username");
        }
        UserLevel userLevel = UserLevel.of(level);
        if (userLevel != UserLevel.SYSTEM_ADMIN && isBlank(tenantId)) {
            throw new IllegalArgumentException("user " + username + ": tenant-id is required below System Admin");
        }
        if (userLevel.value() <= UserLevel.GROUP_ADMIN.value() && isBlank(groupId)) {
            throw new IllegalArgumentException("user " + username + ": group-id is required at Group Admin and below");
        }
        return new Caller(userLevel, tenantId, groupId);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** API.md §7: Group Admin at least; a Tenant Admin within its tenant, a Group Admin within its group. */
    public boolean mayManage(String tenant, String group) {
        return switch (level) {
            case SYSTEM_ADMIN -> true;
            case TENANT_ADMIN -> tenant.equals(tenantId);
            case GROUP_ADMIN -> tenant.equals(tenantId) && group.equals(groupId);
            default -> false;
        };
    }
}
