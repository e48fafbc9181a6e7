package net.ocigateway.igc.security;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external identity provider: its RSA keys served as a JWKS on 127.0.0.1, its access tokens for this API's
 * audience accepted beside the gateway's own and held to the same levels and scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "igc.security.jwt.secret=a-configured-secret-of-at-least-32-bytes")
class ExternalIdentityProviderTest {

    private static final String ISSUER = "https://idp.example.test/realms/portal";
    private static final String AUDIENCE = "igc-gateway-api";
    private static final RSAKey KEY = rsaKey("idp-key");
    private static final RSAKey STRANGER = rsaKey("idp-key");
    private static final HttpServer JWKS = jwksServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("igc.security.jwt.external-issuer", () -> ISSUER);
        registry.add("igc.security.jwt.external-audience", () -> AUDIENCE);
        registry.add("igc.security.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stopJwks() {
        JWKS.stop(0);
    }

    @Test
    void theProvidersTokensCarryTheirLevelAndScope() throws Exception {
        GatewayClient client = new GatewayClient(port);
        assertThat(client.withToken(token(KEY, ISSUER, 8, "ApioGrpTest")).get(IGC).status()).isEqualTo(200);
        assertThat(client.withToken(token(KEY, ISSUER, 8, "ApioGrpOther")).get(IGC).status()).isEqualTo(403);
        assertThat(client.withToken(token(KEY, ISSUER, 4, "ApioGrpTest")).get(IGC).status()).isEqualTo(403);
    }

    @Test
    void aTokenSignedWithAnotherKeyOrNamingTheGatewayAsIssuerIsRefused() throws Exception {
        GatewayClient client = new GatewayClient(port);
        Answer stranger = client.withToken(token(STRANGER, ISSUER, 16, null)).get(IGC);
        assertThat(stranger.status()).isEqualTo(401);
        assertThat(stranger.error()).isEqualTo("UNAUTHENTICATED");
        assertThat(client.withToken(token(KEY, "igc-gateway", 16, null)).get(IGC).status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() throws Exception {
        GatewayClient client = new GatewayClient(port);
        assertThat(client.withToken(token(KEY, claims(16, null).audience("portal-frontend").build(), JOSEObjectType.JWT))
                .get(IGC).status()).isEqualTo(401);
        assertThat(client.withToken(token(KEY, claims(16, null).audience((String) null).build(), JOSEObjectType.JWT))
                .get(IGC).status()).isEqualTo(401);
        assertThat(client.withToken(token(KEY, claims(16, null).audience(List.of("portal-frontend", AUDIENCE)).build(),
                JOSEObjectType.JWT)).get(IGC).status()).isEqualTo(200);
    }

    @Test
    void onlyAccessTokensAreAccepted() throws Exception {
        GatewayClient client = new GatewayClient(port);
        assertThat(client.withToken(token(KEY, claims(16, null).build(), new JOSEObjectType("at+jwt"))).get(IGC).status())
                .as("RFC 9068 access token").isEqualTo(200);
        assertThat(client.withToken(token(KEY, claims(16, null).claim("typ", "Bearer").build(), JOSEObjectType.JWT))
                .get(IGC).status()).as("Keycloak access token").isEqualTo(200);
        assertThat(client.withToken(token(KEY, claims(16, null).claim("token_use", "access").build(), null))
                .get(IGC).status()).as("Cognito access token").isEqualTo(200);

        assertThat(client.withToken(token(KEY, claims(16, null).claim("typ", "ID").build(), JOSEObjectType.JWT))
                .get(IGC).status()).as("Keycloak ID token").isEqualTo(401);
        assertThat(client.withToken(token(KEY, claims(16, null).claim("typ", "Refresh").build(), JOSEObjectType.JWT))
                .get(IGC).status()).as("Keycloak refresh token").isEqualTo(401);
        assertThat(client.withToken(token(KEY, claims(16, null).claim("token_use", "id").build(), null))
                .get(IGC).status()).as("Cognito ID token").isEqualTo(401);
        assertThat(client.withToken(token(KEY, claims(16, null).build(), new JOSEObjectType("logout+jwt")))
                .get(IGC).status()).as("a token of another kind").isEqualTo(401);
    }

    @Test
    void anExternalIssuerWithoutAnAudienceRefusesToStart() {
        new ApplicationContextRunner()
                .withUserConfiguration(Properties.class)
                .withPropertyValues("igc.security.jwt.external-issuer=" + ISSUER,
                        "igc.security.jwt.jwk-set-uri=https://idp.example.test/jwks")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("igc.security.jwt.external-audience is required"));
    }

    @Test
    void localLoginKeepsWorkingBesideTheProvider() {
        assertThat(new GatewayClient(port).get(IGC).status()).isEqualTo(200);
    }

    private static String token(RSAKey key, String issuer, int level, String group) throws Exception {
        return token(key, claims(level, group).issuer(issuer).build(), JOSEObjectType.JWT);
    }

    /** An access token's claims for this API, issued by the provider. */
    private static JWTClaimsSet.Builder claims(int level, String group) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("portal-user").audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("user_level", level).claim("tenant_id", "ApioSpTest");
        if (group != null) {
            claims.claim("group_id", group);
        }
        return claims;
    }

    private static String token(RSAKey key, JWTClaimsSet claims, JOSEObjectType type) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @EnableConfigurationProperties(AccessProperties.class)
    static class Properties {}

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwksServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
