package net.ocigateway.igc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ocigateway.igc.provisioning.RequestReader;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Decides every {@code /api/…} call but the login: an IGC path needs a caller who may manage its tenant and
 * group, decoded exactly as the routes decode them; any other {@code /api} path needs a System Admin. It runs
 * in the servlet filter chain, on the request's own thread, before any route sees the request.
 */
final class IgcPathScope implements AuthorizationManager<RequestAuthorizationContext> {

    /** Case-insensitive, so no spelling of the path can reach a route without this check. */
    private static final Pattern IGC_PATH =
            Pattern.compile("/api/v1/tenants/([^/]+)/groups/([^/]+)(?:/.*)?", Pattern.CASE_INSENSITIVE);

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(Caller.of(authentication.get())
                .map(caller -> allows(caller, context.getRequest()))
                .orElse(false));
    }

    private static boolean allows(Caller caller, HttpServletRequest request) {
        Matcher igc = IGC_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!igc.matches()) {
            return caller.level() == UserLevel.SYSTEM_ADMIN;
        }
        try {
            return caller.mayManage(RequestReader.decodePathVariable(igc.group(1)),
                    RequestReader.decodePathVariable(igc.group(2)));
        } catch (IllegalArgumentException undecodable) {
            // The route answers such a path 400; only a caller allowed everywhere gets that far.
            return caller.level() == UserLevel.SYSTEM_ADMIN;
        }
    }
}
