package net.ocigateway.igc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its request id before anything else sees it: the answer header is set at once, and the
 * request is passed on carrying the (possibly generated) id as its {@code X-Request-Id} header, which is how it
 * reaches the Camel exchange on the route's thread. The MDC entry covers log lines written on this thread.
 */
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestId.acceptOrGenerate(request.getHeader(RequestId.HEADER));
        response.setHeader(RequestId.HEADER, requestId);
        MDC.put(RequestId.MDC_KEY, requestId);
        try {
            chain.doFilter(new WithRequestId(request, requestId), new OneRequestIdHeader(response));
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    /** Routes that copy request headers to the answer (the OpenAPI document's) must not add a second id. */
    private static final class OneRequestIdHeader extends HttpServletResponseWrapper {

        OneRequestIdHeader(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!RequestId.HEADER.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!RequestId.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }
    }

    /** The request as sent, with {@code X-Request-Id} replaced by the accepted or generated id. */
    private static final class WithRequestId extends HttpServletRequestWrapper {

        private final String requestId;

        WithRequestId(HttpServletRequest request, String requestId) {
            super(request);
            this.requestId = requestId;
        }

        @Override
        public String getHeader(String name) {
            return RequestId.HEADER.equalsIgnoreCase(name) ? requestId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return RequestId.HEADER.equalsIgnoreCase(name)
                    ? Collections.enumeration(Set.of(requestId))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Enumeration<String> own = super.getHeaderNames(); own.hasMoreElements(); ) {
                String name = own.nextElement();
                if (!RequestId.HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            names.add(RequestId.HEADER);
            return Collections.enumeration(names);
        }
    }
}
