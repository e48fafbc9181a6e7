package net.ocigateway.igc.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the simulator's SOAP endpoint to clients on this host: its OCI-P administrator has a published password,
 * so a remote caller could otherwise provision past every token and scope check of the API. A request a proxy
 * relayed (it names a forwarded client) is refused too, even when the proxy itself runs on this host. Refused
 * requests are answered 404, as if there were no simulator.
 */
final class LoopbackClientsOnly extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoopbackClientsOnly.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean relayed = request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null;
        if (isLoopback(request.getRemoteAddr()) && !relayed) {
            chain.doFilter(request, response);
        } else {
            log.warn("Refused a call of the BroadWorks simulator's SOAP endpoint from {}{}: it answers this host only "
                    + "(igc.simulator.loopback-only)", request.getRemoteAddr(), relayed ? " relaying another client" : "");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The servlet container gives the address as an IP literal, so this looks nothing up. */
    private static boolean isLoopback(String address) throws IOException {
        return address != null && InetAddress.getByName(address).isLoopbackAddress();
    }
}
