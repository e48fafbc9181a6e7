package net.ocigateway.igc.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.LongStream;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/v1/login} with the embedded default's demo users. */
@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    @LocalServerPort
    int port;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port).anonymous();
    }

    @Test
    void demoUsersGetATokenWithTheirLevelAndScope() {
        assertLogin("demo-system", 16, null, null);
        assertLogin("demo-tenant", 12, "ApioSpTest", null);
        assertLogin("demo-group", 8, "ApioSpTest", "ApioGrpTest");
        assertLogin("demo-department", 4, "ApioSpTest", "ApioGrpTest");
        assertLogin("demo-user", 0, "ApioSpTest", "ApioGrpTest");
    }

    @Test
    void theLoginPathWorksWithAndWithoutItsSlash() {
        Answer answer = client.post("/api/v1/login", GatewayClient.loginBody("demo-group", "demo-group-pass"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerInSimilarTime() {
        Answer wrong = client.login("demo-tenant", "not-the-password");
        Answer unknown = client.login("nobody-at-all", "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.error()).isEqualTo("UNAUTHENTICATED");
        assertThat(wrong.body().path("errors").path(0).path("code").asInt()).isEqualTo(6);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(withoutRequestId(unknown)).isEqualTo(withoutRequestId(wrong));

        long wrongNanos = medianNanos(() -> client.login("demo-tenant", "not-the-password"));
        long unknownNanos = medianNanos(() -> client.login("nobody-at-all", "not-the-password"));
        // Both pay for one BCrypt comparison at the same cost; without the dummy hash an unknown user is ~100x faster.
        assertThat(unknownNanos).as("unknown %d ns, wrong %d ns", unknownNanos, wrongNanos).isGreaterThan(wrongNanos / 4);
        client.login("demo-tenant", "demo-tenant-pass");
    }

    @Test
    void repeatedFailuresLockTheUsernameForAWhile() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            assertThat(client.login("demo-department", "guess" + i).status()).isEqualTo(401);
        }
        Answer locked = client.login("demo-department", "demo-department-pass");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(withoutRequestId(locked)).isEqualTo(withoutRequestId(client.login("nobody-else", "x")));
        Thread.sleep(1_200);
        assertThat(client.login("demo-department", "demo-department-pass").status()).isEqualTo(200);
    }

    @Test
    void malformedLoginsAreRefusedInTheApiShape() {
        assertThat(client.post("/api/v1/login/", "{\"username\": \"demo-system\"}").error()).isEqualTo("VALIDATION_ERROR");
        assertThat(client.post("/api/v1/login/", "{\"username\": 1, \"password\": []}").error()).isEqualTo("VALIDATION_ERROR");
        assertThat(client.post("/api/v1/login/", "username=demo-system").error()).isEqualTo("MALFORMED_JSON");
        assertThat(client.login("demo-system", "x".repeat(100)).status()).isEqualTo(401);
        assertThat(client.login("demo-system" + "x".repeat(100), "demo-system-pass").status()).isEqualTo(401);
    }

    @Test
    void passwordsAndTokensNeverReachTheLog(CapturedOutput output) {
        client.login("demo-user", "Secret-Never-Logged-1");
        String token = client.login("demo-user", "demo-user-pass").body().path("token").asText();
        client.withToken(token).get(GatewayClient.IGC);
        client.withToken(token + "tampered").get(GatewayClient.IGC);
        assertThat(output.getAll()).doesNotContain("Secret-Never-Logged-1", "demo-user-pass", token);
    }

    private void assertLogin(String user, int level, String tenant, String group) {
        Answer answer = client.login(user, user + "-pass");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.path("profile").path("user_level").asInt()).isEqualTo(level);
        assertThat(body.path("ids").path("user_id").asText()).isEqualTo(user);
        assertThat(body.path("ids").path("tenant_id").textValue()).isEqualTo(tenant);
        assertThat(body.path("ids").path("group_id").textValue()).isEqualTo(group);
        String[] jwt = body.path("token").asText().split("\\.");
        assertThat(jwt).hasSize(3);
        JsonNode header = GatewayClient.json(new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8));
        JsonNode claims = GatewayClient.json(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8));
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(claims.path("user_level").asInt()).isEqualTo(level);
        assertThat(claims.path("iss").asText()).isEqualTo("igc-gateway");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
    }

    private static long medianNanos(Runnable call) {
        return LongStream.range(0, 3).map(i -> {
            long start = System.nanoTime();
            call.run();
            return System.nanoTime() - start;
        }).sorted().skip(1).findFirst().orElseThrow();
    }

    /** The answer's body but for its request id, which differs on every request by design. */
    private static String withoutRequestId(Answer answer) {
        return answer.raw().body().replaceAll(",\\s*\"requestId\"\\s*:\\s*\"[^\"]*\"", "");
    }
}
