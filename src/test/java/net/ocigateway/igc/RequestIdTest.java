package net.ocigateway.igc;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.ocigateway.igc.GatewayClient.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One id follows a request: the caller's or a new one, in the answer, the error body, the log and OCI-P. */
@GatewayTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port);
        sentDocuments.clear();
    }

    @Test
    void theCallersIdComesBackAndTravelsToBroadWorksAsTheCommandsEcho(CapturedOutput output) {
        String id = "portal-" + UUID.randomUUID();

        Answer missing = client.send("GET", IGC + "nobody-" + id + "@sip.netaxis.be/", null, null, "X-Request-Id", id);

        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.raw().headers().allValues("X-Request-Id")).containsExactly(id);
        assertThat(missing.body().path("errors").path(0).path("details").path("requestId").asText()).isEqualTo(id);
        assertThat(sentDocuments.documents())
                .anySatisfy(document -> assertThat(document).contains("echo=\"" + id + "\""));
        assertThat(output.getOut().lines().filter(line -> line.contains("User not found")))
                .anySatisfy(line -> assertThat(line).contains("[" + id + "]"));
        sentDocuments.assertAllValid();
    }

    @Test
    void withoutAnIdOneIsGeneratedAndAnswered() {
        Answer list = client.get(IGC);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void anIdThatIsNotAPlainTokenIsReplaced() {
        Answer bad = client.send("POST", IGC, "<xml/>", "application/xml", "X-Request-Id", "evil id\" with=spaces");

        assertThat(bad.status()).isEqualTo(415);
        String generated = bad.header("X-Request-Id");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(bad.body().path("errors").path(0).path("details").path("requestId").asText()).isEqualTo(generated);
    }

    @Test
    void answersOutsideTheApiCarryTheIdToo() {
        Answer health = client.send("GET", "/actuator/health", null, null, "X-Request-Id", "probe-1");

        assertThat(health.raw().headers().allValues("X-Request-Id")).containsExactly("probe-1");
    }
}
