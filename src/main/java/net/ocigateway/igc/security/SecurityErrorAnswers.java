package net.ocigateway.igc.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorBody;
import net.ocigateway.igc.api.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * The security layer's refusals in the API's one error shape: 401 (no, bad or expired token), 403 (level or
 * scope) and 400 for requests the firewall rejects (encoded slashes or dots, {@code ..}, odd methods).
 */
@Component
public class SecurityErrorAnswers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper objectMapper;

    public SecurityErrorAnswers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof InvalidBearerTokenException
                || failure.getCause() instanceof InvalidBearerTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, ErrorCode.UNAUTHENTICATED, badToken
                ? "the token is invalid, expired or not signed by a trusted key"
                : "a Bearer token is required: log in at /api/v1/login");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, ErrorCode.FORBIDDEN, "your user level or tenant and group scope does not allow this call");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        write(response, ErrorCode.VALIDATION_ERROR,
                "the request is refused: its method or its URL (encoded slash, dot or percent sign, '..', ';', "
                        + "control character) is not allowed");
    }

    private void write(HttpServletResponse response, ErrorCode code, String reason) throws IOException {
        response.setStatus(code.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), new ErrorBody(List.of(ApiError.of(code, reason))));
    }
}
