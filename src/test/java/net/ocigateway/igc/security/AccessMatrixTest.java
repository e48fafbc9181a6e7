package net.ocigateway.igc.security;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.SentDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Every row of level × scope against every kind of IGC call, as a portal with that user's token sees it. */
@GatewayTest
class AccessMatrixTest {

    static final String OTHER_GROUP = "/api/v1/tenants/ApioSpTest/groups/ApioGrpOther/services/instant_group_calls/";
    static final String OTHER_GROUP_ACTIVE = "/api/v1/tenants/ApioSpTest/groups/ApioGrpOther/services/instant_group_calls_active/";
    static final String OTHER_TENANT = "/api/v1/tenants/OtherSp/groups/ApioGrpTest/services/instant_group_calls/";
    static final String OTHER_TENANT_ACTIVE = "/api/v1/tenants/OtherSp/groups/ApioGrpTest/services/instant_group_calls_active/";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    @Autowired
    JwtEncoder gatewayTokens;

    GatewayClient system;

    @BeforeEach
    void setUp() {
        system = new GatewayClient(port);
        sentDocuments.clear();
    }

    @AfterEach
    void everyDocumentSentWasSchemaValid() {
        sentDocuments.assertAllValid();
    }

    @Test
    void systemAdminManagesEveryGroup() {
        everyCallSucceeds(system, IGC, IGC_ACTIVE, "sip.netaxis.be");
        everyCallSucceeds(system, OTHER_GROUP, OTHER_GROUP_ACTIVE, "other.netaxis.be");
    }

    @Test
    void tenantAdminManagesEveryGroupOfItsTenantAndNoOtherTenant() {
        GatewayClient tenant = system.as("demo-tenant");
        everyCallSucceeds(tenant, IGC, IGC_ACTIVE, "sip.netaxis.be");
        everyCallSucceeds(tenant, OTHER_GROUP, OTHER_GROUP_ACTIVE, "other.netaxis.be");
        everyCallIs(tenant, OTHER_TENANT, OTHER_TENANT_ACTIVE, 403, "FORBIDDEN");
        everyCallIs(system.withToken(token(12, "OtherSp", null)), IGC, IGC_ACTIVE, 403, "FORBIDDEN");
    }

    @Test
    void groupAdminManagesOnlyItsGroup() {
        GatewayClient group = system.as("demo-group");
        everyCallSucceeds(group, IGC, IGC_ACTIVE, "sip.netaxis.be");
        everyCallIs(group, OTHER_GROUP, OTHER_GROUP_ACTIVE, 403, "FORBIDDEN");
        everyCallIs(group, OTHER_TENANT, OTHER_TENANT_ACTIVE, 403, "FORBIDDEN");
        // The same group name under another tenant is another group.
        everyCallIs(system.withToken(token(8, "OtherSp", "ApioGrpTest")), IGC, IGC_ACTIVE, 403, "FORBIDDEN");
    }

    @Test
    void levelsBelowGroupAdminAreForbiddenEvenInTheirOwnGroup() {
        everyCallIs(system.as("demo-department"), IGC, IGC_ACTIVE, 403, "FORBIDDEN");
        everyCallIs(system.as("demo-user"), IGC, IGC_ACTIVE, 403, "FORBIDDEN");
        everyCallIs(system.withToken(token(null, "ApioSpTest", "ApioGrpTest")), IGC, IGC_ACTIVE, 403, "FORBIDDEN");
    }

    @Test
    void missingBadExpiredOrForeignTokensAreUnauthenticated() {
        everyCallIs(system.anonymous(), IGC, IGC_ACTIVE, 401, "UNAUTHENTICATED");
        everyCallIs(system.withToken("not-a-jwt"), IGC, IGC_ACTIVE, 401, "UNAUTHENTICATED");
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
        everyCallIs(system.withToken(sign(gatewayTokens, claims(16, null, null, "igc-gateway")
                .issuedAt(past).expiresAt(past.plus(1, ChronoUnit.HOURS)))), IGC, IGC_ACTIVE, 401, "UNAUTHENTICATED");
        JwtEncoder otherKey = new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec("another-key-another-key-another-key!".getBytes(), "HmacSHA256")));
        everyCallIs(system.withToken(sign(otherKey, claims(16, null, null, "igc-gateway"))), IGC, IGC_ACTIVE,
                401, "UNAUTHENTICATED");
        everyCallIs(system.withToken(sign(gatewayTokens, claims(16, null, null, "someone-else"))), IGC, IGC_ACTIVE,
                401, "UNAUTHENTICATED");
        Answer answer = system.anonymous().get(IGC);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void scopeIsJudgedOnTheDecodedPathAsTheRoutesReadIt() {
        GatewayClient group = system.as("demo-group");
        // %54 is "T", %4F is "O": encoding a letter neither widens nor narrows the scope.
        assertThat(group.get("/api/v1/tenants/ApioSpTest/groups/ApioGrp%54est/services/instant_group_calls/").status())
                .isEqualTo(200);
        assertDenied(group.get("/api/v1/tenants/ApioSpTest/groups/ApioGrp%4Fther/services/instant_group_calls/"),
                403, "FORBIDDEN");
        // Paths are case-sensitive all the way: another spelling reaches no route at all.
        assertDenied(group.get("/API/V1/TENANTS/ApioSpTest/GROUPS/ApioGrpOther/SERVICES/instant_group_calls/"),
                404, "NOT_FOUND");
        assertThat(sentDocuments.documents()).noneMatch(document -> document.contains("ApioGrpOther"));
    }

    @Test
    void aGroupAdminsBulkCannotTouchAnotherGroupsInstance() {
        String foreign = "bulk-foreign" + SEQUENCE.incrementAndGet() + "@other.netaxis.be";
        assertThat(system.post(OTHER_GROUP, instance(foreign)).status()).isEqualTo(201);
        try {
            sentDocuments.clear();
            Answer bulk = system.as("demo-group").put(IGC_ACTIVE, """
                    {"services": [{"serviceUserId": "%s", "active": true}]}""".formatted(foreign));
            assertThat(bulk.status()).as(bulk.toString()).isEqualTo(207);
            assertThat(bulk.body().path("results").path(0).path("status").asInt()).isEqualTo(404);
            assertThat(sentDocuments.documents()).noneMatch(document -> document.contains("ModifyActiveInstanceList"));
            assertThat(system.get(OTHER_GROUP).body().toString()).contains(foreign);
            for (var item : system.get(OTHER_GROUP).body().path("instantGroupCalls")) {
                if (item.path("serviceUserId").asText().equals(foreign)) {
                    assertThat(item.path("active").asBoolean()).isFalse();
                }
            }
        } finally {
            system.delete(OTHER_GROUP + foreign);
        }
    }

    @Test
    void actuatorHealthAndInfoAreOpenTheRestIsForSystemAdmins() {
        assertThat(system.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(system.anonymous().get("/actuator/info").status()).isEqualTo(200);
        assertDenied(system.anonymous().get("/actuator"), 401, "UNAUTHENTICATED");
        assertDenied(system.as("demo-tenant").get("/actuator"), 403, "FORBIDDEN");
        assertThat(system.get("/actuator").status()).isEqualTo(200);
    }

    @Test
    void otherApiPathsNeedASystemAdminAndUnknownOnesAreNotFoundInTheApiShape() {
        assertDenied(system.as("demo-group").get("/api/v1/tenants/ApioSpTest/"), 403, "FORBIDDEN");
        assertDenied(system.get("/api/v1/tenants/ApioSpTest/"), 404, "NOT_FOUND");
        assertDenied(system.get("/no/such/page"), 404, "NOT_FOUND");
        assertDenied(system.anonymous().get("/no/such/page"), 401, "UNAUTHENTICATED");
    }

    /** Lists, creates, reads, updates, bulk-activates and deletes one instance through the given path. */
    private void everyCallSucceeds(GatewayClient client, String igc, String active, String domain) {
        String id = "matrix" + SEQUENCE.incrementAndGet() + "@" + domain;
        assertStatus(client.get(igc), 200);
        assertStatus(client.post(igc, instance(id)), 201);
        assertStatus(client.get(igc + id), 200);
        assertStatus(client.put(igc + id, "{\"answerTimeoutEnabled\": true}"), 200);
        assertStatus(client.put(active, "{\"services\": [{\"serviceUserId\": \"%s\", \"active\": true}]}".formatted(id)), 200);
        assertStatus(client.delete(igc + id), 200);
    }

    /** Every kind of call is refused with this error, and nothing reaches BroadWorks. */
    private void everyCallIs(GatewayClient client, String igc, String active, int status, String error) {
        sentDocuments.clear();
        String id = "denied@sip.netaxis.be";
        assertDenied(client.get(igc), status, error);
        assertDenied(client.post(igc, instance(id)), status, error);
        assertDenied(client.get(igc + id), status, error);
        assertDenied(client.put(igc + id, "{\"answerTimeoutEnabled\": true}"), status, error);
        assertDenied(client.put(active, "{\"services\": [{\"serviceUserId\": \"%s\", \"active\": true}]}".formatted(id)),
                status, error);
        assertDenied(client.delete(igc + id), status, error);
        assertThat(sentDocuments.documents()).isEmpty();
    }

    private static void assertStatus(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    }

    static void assertDenied(Answer answer, int status, String error) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.body().path("errors").size()).as(answer.toString()).isEqualTo(1);
        assertThat(answer.error()).isEqualTo(error);
        assertThat(answer.body().path("errors").path(0).path("code").isInt()).isTrue();
        assertThat(answer.body().path("errors").path(0).path("details").path("reason").asText()).isNotBlank();
    }

    private static String instance(String id) {
        return """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "M", "cliLastName": "L", "cliFirstName": "F"}}"""
                .formatted(id);
    }

    private String token(Integer level, String tenant, String group) {
        return sign(gatewayTokens, claims(level, tenant, group, "igc-gateway"));
    }

    private static JwtClaimsSet.Builder claims(Integer level, String tenant, String group, String issuer) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(issuer).subject("minted")
                .issuedAt(now).expiresAt(now.plus(10, ChronoUnit.MINUTES));
        if (level != null) {
            claims.claim("user_level", level);
        }
        if (tenant != null) {
            claims.claim("tenant_id", tenant);
        }
        if (group != null) {
            claims.claim("group_id", group);
        }
        return claims;
    }

    private static String sign(JwtEncoder encoder, JwtClaimsSet.Builder claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
