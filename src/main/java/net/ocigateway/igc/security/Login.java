package net.ocigateway.igc.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.api.LoginAnswer;
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

    public LoginAnswer login(ObjectNode body) {
        String username = text(body, "username");
        String password = text(body, "password");
        if (username.length() > MAX_USERNAME || throttle.isLocked(username)) {
            throw refused();
        }
        LocalUser user = users.authenticate(username, password).orElse(null);
        if (user == null) {
            throw refused(username);
        }
        throttle.succeeded(username);
        return new LoginAnswer(tokens.issue(user),
                new LoginAnswer.Ids(user.tenantId(), user.groupId(), user.username()),
                new LoginAnswer.Profile(user.level()));
    }

    private ApiException refused(String username) {
        throttle.failed(username);
        return refused();
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
