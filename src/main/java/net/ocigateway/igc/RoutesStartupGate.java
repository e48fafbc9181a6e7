package net.ocigateway.igc;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorBody;
import net.ocigateway.igc.api.ErrorCode;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers API paths 503 with {@code Retry-After} until the Camel routes that serve them are up: the web server
 * accepts requests seconds before, and they would otherwise meet a 404. A servlet filter, so it holds whichever
 * Camel HTTP consumer serves the REST DSL.
 */
class RoutesStartupGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final CamelContext camel;
    private final ObjectMapper objectMapper;
    private volatile boolean routesUp;

    RoutesStartupGate(CamelContext camel, ObjectMapper objectMapper) {
        this.camel = camel;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith(WebConfiguration.DOCS_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (routesUp()) {
            chain.doFilter(request, response);
            return;
        }
        ApiError error = ApiError.of(ErrorCode.OVERLOADED, "the gateway is starting; its routes are not up yet");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("application/json");
        objectMapper.writeValue(response.getOutputStream(), new ErrorBody(List.of(error)));
    }

    /** Once up, stays up: the check costs nothing after start-up, and a stopping gateway drains gracefully. */
    private boolean routesUp() {
        if (!routesUp && camel.isStarted()) {
            List<Route> routes = camel.getRoutes();
            routesUp = !routes.isEmpty() && routes.stream()
                    .allMatch(route -> camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted());
        }
        return routesUp;
    }
}
