package net.ocigateway.igc.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses an external provider's token that the provider itself marks as something other than an access token:
 * Amazon Cognito's {@code token_use} must be {@code access}, Keycloak's {@code typ} claim {@code Bearer}. An ID
 * token without such a mark is refused by the audience check, since it is issued to the client, not to this API.
 */
final class AccessTokenMarks implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String tokenUse = token.getClaimAsString("token_use");
        String type = token.getClaimAsString("typ");
        if ((tokenUse == null || tokenUse.equals("access")) && (type == null || type.equalsIgnoreCase("Bearer"))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "the token is not an access token", null));
    }
}
