package net.ocigateway.igc.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.api.LoginAnswer;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/login}: a local user's name and password for a token. Every refusal, whatever its
 * cause (unknown user, wrong password, locked after repeated failures), is the same 401.
 */
@Component
public class Login {

    private static final int MAX_USERNAME = 80;

    private final LocalUsers users;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;

    public Login(LocalUsers users, LoginThrottle throttle, TokenIssuer tokens) {
        this.users = users;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public LoginAnswer login(@Body ObjectNode body, @Header(Exchange.HTTP_SERVLET_REQUEST) HttpServletRequest http) {
        String username = text(body, "username");
        String password = text(body, "password");
        // Behind a proxy this is the client only with server.forward-headers-strategy set (README).
        String clientAddress = http.getRemoteAddr();
        if (username.length() > MAX_USERNAME || !throttle.tryAttempt(username, clientAddress)) {
            throw refused();
        }
        LocalUser user = users.authenticate(username, password).orElseThrow(Login::refused);
        throttle.succeeded(username, clientAddress);
        return new LoginAnswer(tokens.issue(user),
                new LoginAnswer.Ids(user.tenantId(), user.groupId(), user.username()),
                new LoginAnswer.Profile(user.level()));
    }

    private static ApiException refused() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "wrong username or password");
    }

    private static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiException.invalidField(field, "is required as a string");
        }
        return value.asText();
    }
}
