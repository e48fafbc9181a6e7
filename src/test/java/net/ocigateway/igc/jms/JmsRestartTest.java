package net.ocigateway.igc.jms;

import static net.ocigateway.igc.jms.ProvisioningQueue.GROUP;
import static net.ocigateway.igc.jms.ProvisioningQueue.TENANT;
import static net.ocigateway.igc.jms.ProvisioningQueue.request;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import net.ocigateway.igc.IgcGatewayApplication;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gateway stopped while requests are queued and in flight, then started again on the same broker journal:
 * every request is applied exactly once and answered, none is lost. Both gateways talk to the BroadWorks
 * simulator of this test's own context, which outlives them.
 */
@JmsGatewayTest
class JmsRestartTest {

    private static final int REQUESTS = 60;

    @LocalServerPort
    int broadWorksPort;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    ProducerTemplate broadWorksSide;

    @TempDir
    Path journal;

    @AfterEach
    void healBroadWorks() {
        faults.reset();
    }

    @Test
    void everyQueuedRequestIsAppliedOnceAcrossARestart() throws Exception {
        String prefix = "restart" + System.nanoTime() % 1_000_000;
        // Slow enough that the first gateway is stopped with requests both queued and in flight.
        faults.setLatency(Duration.ofMillis(60), Duration.ZERO);

        try (ConfigurableApplicationContext first = gateway("igc-restart-1")) {
            ProvisioningQueue queue = queueOf(first);
            for (int i = 0; i < REQUESTS; i++) {
                String id = prefix + "-" + i + "@sip.netaxis.be";
                queue.send(request(prefix + "-" + i, "create", null, JmsProvisioningTest.createBody(id)).toString(),
                        Map.of());
            }
            awaitApplied(prefix, 10);
        }
        int appliedBeforeRestart = applied(prefix);
        assertThat(appliedBeforeRestart).as("requests left for the restarted gateway").isLessThan(REQUESTS);

        try (ConfigurableApplicationContext second = gateway("igc-restart-2")) {
            ProvisioningQueue queue = queueOf(second);
            Map<String, Integer> statusByRequest = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (statusByRequest.size() < REQUESTS && System.nanoTime() < deadline) {
                for (Message message : queue.drain(queue.resultsQueue(), "requestId LIKE '" + prefix + "-%'", 1000)) {
                    var result = ProvisioningQueue.json(((TextMessage) message).getText());
                    assertThat(statusByRequest.put(result.path("requestId").asText(), result.path("status").asInt()))
                            .as("one result per request").isNull();
                }
            }
            assertThat(statusByRequest).hasSize(REQUESTS);
            // A create applied twice would have answered 409 the second time.
            assertThat(statusByRequest.values()).containsOnly(201);
        }
        assertThat(applied(prefix)).isEqualTo(REQUESTS);
    }

    private ConfigurableApplicationContext gateway(String name) {
        // Command-line arguments: they outrank config/application.yaml and the build's system properties.
        return new SpringApplicationBuilder(IgcGatewayApplication.class).run(
                "--server.port=0",
                "--camel.main.name=" + name,
                "--igc.broadworks.url=http://127.0.0.1:" + broadWorksPort + "/webservice/services/ProvisioningService",
                "--igc.broadworks.password=" + JmsGatewayTest.OCI_PASSWORD,
                "--igc.jms.embedded.data-directory=" + journal,
                "--igc.jms.embedded.host=127.0.0.1",
                "--igc.jms.embedded.port=0",
                "--igc.jms.concurrent-consumers=2",
                "--igc.jms.max-concurrent-consumers=2");
    }

    private static ProvisioningQueue queueOf(ConfigurableApplicationContext gateway) {
        return new ProvisioningQueue(gateway.getBean(ConnectionFactory.class), gateway.getBean(JmsProperties.class));
    }

    private void awaitApplied(String prefix, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (applied(prefix) < count) {
            assertThat(System.nanoTime()).as("%d requests applied within 60 s", count).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** How many instances with this prefix BroadWorks has, asked through the list operation's route. */
    private int applied(String prefix) {
        String list = broadWorksSide.requestBodyAndHeaders("direct:igc-list", null,
                Map.of("tenantId", TENANT, "groupId", GROUP), String.class);
        return (int) ProvisioningQueue.json(list).path("instantGroupCalls").findValuesAsText("serviceUserId").stream()
                .filter(id -> id.startsWith(prefix + "-"))
                .count();
    }
}
