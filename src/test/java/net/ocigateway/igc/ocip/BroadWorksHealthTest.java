package net.ocigateway.igc.ocip;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The readiness probe follows BroadWorks: what traffic showed, or a probe when there was none. */
@GatewayTest
class BroadWorksHealthTest {

    private static final String READINESS = "/actuator/health/readiness";

    @LocalServerPort
    int port;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    BroadWorksAddress address;

    @Autowired
    OciSessionPool sessions;

    @Autowired
    BroadWorksProperties properties;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port);
    }

    @AfterEach
    void broadWorksAnswersAgain() {
        faults.reset();
        client.get(IGC);
    }

    @Test
    void readinessGoesDownWhenBroadWorksFailsAndUpWhenItAnswersAgain() {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        assertThat(client.get(READINESS).status()).isEqualTo(200);
        assertThat(client.get("/actuator/health/liveness").status()).isEqualTo(200);

        // The failed call, then the health check's own probe.
        faults.failNext(SimulatorFault.HTTP_ERROR, 2);
        assertThat(client.get(IGC).status()).isEqualTo(502);

        Answer down = client.get(READINESS);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().path("status").asText()).isEqualTo("DOWN");
        assertThat(client.get("/actuator/health/liveness").status())
                .as("a BroadWorks outage must not get the gateway restarted")
                .isEqualTo(200);

        assertThat(client.get(IGC).status()).isEqualTo(200);
        Answer up = client.get(READINESS);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aFailedCallIsCheckedAgainAtOnceSoTheGatewayIsReadyAsSoonAsBroadWorksAnswers() {
        faults.failNext(SimulatorFault.HTTP_ERROR, 1);
        assertThat(client.get(IGC).status()).isEqualTo(502);

        Answer ready = client.get(READINESS);
        assertThat(ready.status()).as("the failure is probed again, not trusted for fresh-for").isEqualTo(200);
        assertThat(ready.body().path("status").asText()).isEqualTo("UP");
    }

    /** A check of its own that finds no recent traffic, so each call probes. */
    @Test
    void withoutRecentTrafficAnAuthenticationRequestProbesBroadWorks() {
        var reachability = new BroadWorksReachability();
        var probeTransport = new OciSoapTransport(producer, address, reachability);
        var health = new BroadWorksHealthIndicator(
                reachability, probeTransport, sessions, properties, Duration.ZERO, Duration.ofSeconds(10));
        try {
            faults.failNext(SimulatorFault.DROPPED_CONNECTION, 1);
            var down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsKey("error");

            var up = health.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("sessions", properties.poolSize());
        } finally {
            health.destroy();
        }
    }
}
