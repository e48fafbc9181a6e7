package net.ocigateway.igc;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import net.ocigateway.igc.GatewayClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document a portal developer reads, and the API page that shows it and tries calls. */
@GatewayTest
class ApiDocumentationTest {

    private static final String COLLECTION = "/api/v1/tenants/{tenantId}/groups/{groupId}/services/instant_group_calls";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);

    /** Swagger UI's block for listing the instances. */
    private static final String LIST_BLOCK = "[...document.querySelectorAll('.opblock-get')].find(block => block"
            + ".querySelector('.opblock-summary-path').getAttribute('data-path').endsWith('/instant_group_calls'))";

    @LocalServerPort
    int port;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port);
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithSchemasAndTheSeedExamples() {
        Answer document = client.get("/api/v1/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.body().path("paths");
        assertThat(paths.path(COLLECTION).path("get").path("operationId").asText()).isEqualTo("igc-list-rest");
        assertThat(paths.path(COLLECTION + "/{serviceUserId}").has("put")).isTrue();
        assertThat(paths.path(COLLECTION + "/{serviceUserId}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/tenants/{tenantId}/groups/{groupId}/services/instant_group_calls_active")
                .has("put")).isTrue();

        JsonNode create = paths.path(COLLECTION).path("post");
        JsonNode body = create.path("requestBody").path("content").path("application/json");
        assertThat(body.path("schema").path("$ref").asText()).isEqualTo("#/components/schemas/Instance");
        assertThat(GatewayClient.json(body.path("example").asText()).path("serviceUserId").asText())
                .isEqualTo("APIOTestIGC@sip.netaxis.be");
        assertThat(create.path("responses").path("415").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/ErrorBody");

        JsonNode schemas = document.body().path("components").path("schemas");
        assertThat(schemas.path("Instance").path("properties").path("answerTimeoutMinutes").path("maximum").asInt())
                .isEqualTo(60);
        assertThat(schemas.path("InstanceList").path("properties").has("instantGroupCalls")).isTrue();
        assertThat(schemas.path("BulkActiveRequest").path("properties").has("services")).isTrue();
        assertThat(schemas.path("ErrorBody").path("properties").has("errors")).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonStillGetsTheApisOwn415() {
        Answer wrong = client.send("POST", IGC, "name=x", "application/x-www-form-urlencoded");

        assertThat(wrong.status()).isEqualTo(415);
        assertThat(wrong.error()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void theApiPageShowsTheOperationsAndTriesTheListInABrowser() throws Exception {
        assumeTrue(HeadlessChromium.installed(),
                "API page browser test skipped: Chromium is not installed at " + HeadlessChromium.BINARY
                        + " (Debian package chromium)");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.navigate("http://127.0.0.1:" + port + "/api/v1/docs/");
            // The six IGC operations and the login.
            chromium.waitUntil("document.querySelectorAll('.opblock').length === 7", PAGE_WAIT);
            assertThat(chromium.evaluate("document.querySelector('.info .title').innerText").asText())
                    .startsWith("IGC Gateway");

            // What a developer does with the Authorize button: hand the page a token from the login.
            chromium.evaluate("window.ui.preauthorizeApiKey('bearerAuth', '" + new GatewayClient(port).token() + "')");
            chromium.evaluate(LIST_BLOCK + ".querySelector('.opblock-summary-control').click()");
            chromium.waitUntil(LIST_BLOCK + ".querySelector('.try-out__btn')", PAGE_WAIT);
            chromium.evaluate(LIST_BLOCK + ".querySelector('.try-out__btn').click()");
            chromium.waitUntil(LIST_BLOCK + ".querySelector('button.execute')", PAGE_WAIT);
            chromium.evaluate(LIST_BLOCK + ".querySelector('button.execute').click()");
            chromium.waitUntil(LIST_BLOCK + ".querySelector('.live-responses-table tr.response .response-col_status')", PAGE_WAIT);

            assertThat(chromium.evaluate(LIST_BLOCK
                            + ".querySelector('.live-responses-table tr.response .response-col_status').innerText.trim()")
                    .asText())
                    .isEqualTo("200");
            assertThat(chromium.evaluate(LIST_BLOCK + ".querySelector('.live-responses-table').innerText").asText())
                    .contains("instantGroupCalls")
                    .containsIgnoringCase("x-request-id");
        }
    }
}
