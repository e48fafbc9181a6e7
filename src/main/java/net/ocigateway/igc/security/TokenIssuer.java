package net.ocigateway.igc.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the gateway's own tokens (HS256) for local users; the claims are those {@link Caller} reads. */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final String issuer;
    private final Duration lifetime;

    public TokenIssuer(JwtEncoder encoder, AccessProperties properties) {
        this.encoder = encoder;
        this.issuer = properties.jwt().issuer();
        this.lifetime = properties.jwt().tokenLifetime();
    }

    public String issue(LocalUser user) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(Caller.USER_ID, user.username())
                .claim(Caller.USER_LEVEL, user.level());
        if (user.tenantId() != null) {
            claims.claim(Caller.TENANT_ID, user.tenantId());
        }
        if (user.groupId() != null) {
            claims.claim(Caller.GROUP_ID, user.groupId());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
