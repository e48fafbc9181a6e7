package net.ocigateway.igc.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code igc.security}: token signing and lifetime, an optional external identity provider, login throttling
 * and the local users. Demo users apply only while the embedded BroadWorks simulator is in use.
 */
@ConfigurationProperties("igc.security")
public record AccessProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue Login login,
        @DefaultValue List<LocalUser> users,
        @DefaultValue List<LocalUser> demoUsers) {

    /**
     * @param secret HS256 key of the gateway's own tokens, at least 32 bytes; empty: random per start
     * @param issuer {@code iss} of the gateway's own tokens
     * @param externalIssuer {@code iss} of an external identity provider's tokens; empty: none
     * @param jwkSetUri that provider's JWKS URI
     * @param externalAudience the {@code aud} that provider's tokens must name: this API's identifier there
     */
    public record Jwt(
            @DefaultValue("") String secret,
            @DefaultValue("igc-gateway") String issuer,
            @DefaultValue("1h") Duration tokenLifetime,
            @DefaultValue("") String externalIssuer,
            @DefaultValue("") String jwkSetUri,
            @DefaultValue("") String externalAudience) {

        public Jwt {
            if (externalIssuer.isBlank() != jwkSetUri.isBlank()) {
                throw new IllegalArgumentException(
                        "igc.security.jwt.external-issuer and jwk-set-uri must be set together");
            }
            // Without an audience any token the provider issues to any of its clients would open the API.
            if (!externalIssuer.isBlank() && externalAudience.isBlank()) {
                throw new IllegalArgumentException("igc.security.jwt.external-audience is required with "
                        + "igc.security.jwt.external-issuer: the audience this API has at that identity provider");
            }
            if (!externalIssuer.isBlank() && externalIssuer.equals(issuer)) {
                throw new IllegalArgumentException("igc.security.jwt.external-issuer must differ from issuer");
            }
        }

        public boolean hasExternalProvider() {
            return !jwkSetUri.isBlank();
        }
    }

    /**
     * @param freeAttempts failed logins per username before it is locked
     * @param addressFreeAttempts failed logins per client address, over any usernames, before it is locked
     * @param firstLock the first lock; each further attempt doubles it
     * @param maxLock the longest lock
     * @param trackedUsernames usernames (and, apart, client addresses) whose attempts are remembered at once
     */
    public record Login(
            @DefaultValue("5") int freeAttempts,
            @DefaultValue("30") int addressFreeAttempts,
            @DefaultValue("1s") Duration firstLock,
            @DefaultValue("5m") Duration maxLock,
            @DefaultValue("100000") long trackedUsernames) {

        public Login {
            if (freeAttempts < 1 || addressFreeAttempts < 1) {
                throw new IllegalArgumentException(
                        "igc.security.login.free-attempts and address-free-attempts must be at least 1");
            }
        }
    }
}
