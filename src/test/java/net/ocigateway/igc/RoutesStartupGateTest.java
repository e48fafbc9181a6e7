package net.ocigateway.igc;

import static org.assertj.core.api.Assertions.assertThat;

import net.ocigateway.igc.GatewayClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The web server is up but the routes are not (here they never start): API paths say "come back soon" in the
 * API's error shape, never 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camel.main.auto-startup=false", "camel.main.name=igc-not-started"})
@DirtiesContext
class RoutesStartupGateTest {

    @LocalServerPort
    int port;

    @Test
    void apiPathsAnswer503WithRetryAfterUntilTheRoutesAreUp() {
        GatewayClient anonymous = new GatewayClient(port).anonymous();
        for (String path : new String[] {GatewayClient.IGC, GatewayClient.IGC + "x@sip.netaxis.be/", "/api/v1/login/"}) {
            Answer answer = anonymous.get(path);

            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            assertThat(answer.error()).isEqualTo("OVERLOADED");
            assertThat(answer.body().path("errors").path(0).path("details").path("reason").asText())
                    .contains("starting");
        }
    }
}
