package net.ocigateway.igc.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The gateway as an OAuth2 resource server: stateless Bearer tokens, the gateway's own HS256 tokens and, when
 * configured, an external identity provider's (told apart by their issuer). Login, health, info, the error page
 * and the embedded simulator (BroadWorks' side, with its own OCI-P login) are open; everything else needs a token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** HS256 needs a key of at least 256 bits. */
    private static final int MIN_SECRET_BYTES = 32;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityErrorAnswers errors,
            AuthenticationManagerResolver<HttpServletRequest> tokens) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/api/v1/login"), path.matcher("/error"),
                                path.matcher("/webservice/services/ProvisioningService")).permitAll()
                        // The API page and the document it reads describe the API; calls from it need a token.
                        .requestMatchers(path.matcher("/api/v1/openapi.json"), path.matcher("/api/v1/docs"),
                                path.matcher("/api/v1/docs/**")).permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).access(systemAdmin())
                        .requestMatchers(path.matcher("/api/**")).access(new IgcPathScope())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(tokens)
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /**
     * No observation around each security filter, authentication and authorization: together about a tenth of the
     * gateway's CPU per request (profiled), for spans and timers this gateway does not publish.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static AuthorizationManager<RequestAuthorizationContext> systemAdmin() {
        return (authentication, context) -> new AuthorizationDecision(Caller.of(authentication.get())
                .map(caller -> caller.level() == UserLevel.SYSTEM_ADMIN).orElse(false));
    }

    /** Checks the local users' BCrypt hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecretKey tokenSigningKey(AccessProperties properties) {
        String secret = properties.jwt().secret();
        byte[] key;
        if (secret.isEmpty()) {
            key = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(key);
            log.warn("igc.security.jwt.secret is not set: tokens are signed with a random key made at start-up, so they "
                    + "stop working at the next restart and are not accepted by other gateway instances");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
            if (key.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("igc.security.jwt.secret must be at least " + MIN_SECRET_BYTES
                        + " bytes for HS256");
            }
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtEncoder tokenEncoder(SecretKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
    }

    /** Picks the decoder by the token's issuer; a token of any other issuer is refused (401). */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> tokenAuthentication(SecretKey tokenSigningKey,
            AccessProperties properties) {
        AccessProperties.Jwt jwt = properties.jwt();
        NimbusJwtDecoder local = NimbusJwtDecoder.withSecretKey(tokenSigningKey).macAlgorithm(MacAlgorithm.HS256).build();
        Map<String, AuthenticationManager> byIssuer = new HashMap<>();
        byIssuer.put(jwt.issuer(), manager(local, jwt.issuer()));
        if (jwt.hasExternalProvider()) {
            // The header type is checked by a validator below, which knows RFC 9068's at+jwt.
            NimbusJwtDecoder external = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).validateType(false).build();
            JwtTypeValidator accessTokenType = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
            accessTokenType.setAllowEmpty(true);
            byIssuer.put(jwt.externalIssuer(), manager(external, jwt.externalIssuer(),
                    new JwtAudienceValidator(jwt.externalAudience()), accessTokenType, new AccessTokenMarks()));
            log.info("Accepting access tokens of {} for audience {} verified with the keys at {}",
                    jwt.externalIssuer(), jwt.externalAudience(), jwt.jwkSetUri());
        }
        return new JwtIssuerAuthenticationManagerResolver(byIssuer::get);
    }

    /** Checks signature, issuer and time, and insists on an expiry: a token without one would never end. */
    @SafeVarargs
    private static AuthenticationManager manager(NimbusJwtDecoder decoder, String issuer,
            OAuth2TokenValidator<Jwt>... more) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        validators.addAll(List.of(more));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return new JwtAuthenticationProvider(decoder)::authenticate;
    }
}
