package net.ocigateway.igc.resilience;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.IgcGatewayApplication;
import net.ocigateway.igc.ocip.OciSessionPool;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the gateway while portals wait on a slow BroadWorks: the requests already in flight are answered in
 * full before it stops. The gateway is started here, not by the test framework, because the test stops it.
 */
class GracefulShutdownTest {

    private static final int IN_FLIGHT = 4;

    @Test
    void requestsInFlightCompleteWhenTheGatewayStops() throws Exception {
        ConfigurableApplicationContext gateway = new SpringApplicationBuilder(IgcGatewayApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.jmx.enabled=false",
                        "--igc.broadworks.pool-size=" + IN_FLIGHT);
        try {
            GatewayClient client = new GatewayClient(((WebServerApplicationContext) gateway).getWebServer().getPort());
            OciSessionPool sessions = gateway.getBean(OciSessionPool.class);
            SimulatorFaults faults = gateway.getBean(SimulatorFaults.class);
            // Every session logs in first, so each call below is one round trip that is under way at the stop.
            faults.setLatency(Duration.ofMillis(300), Duration.ZERO);
            assertThat(getAtOnce(client)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
            faults.setLatency(Duration.ofMillis(1500), Duration.ZERO);

            List<CompletableFuture<Answer>> calls = IntStream.range(0, IN_FLIGHT)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get(IGC)))
                    .toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sessions.idleSessions() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            // The documents are on their way to BroadWorks, which holds them for its latency.
            Thread.sleep(400);
            gateway.close();

            for (CompletableFuture<Answer> call : calls) {
                Answer answer = call.get(10, TimeUnit.SECONDS);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            }
        } finally {
            gateway.close();
        }
    }

    private static List<Answer> getAtOnce(GatewayClient client) {
        return IntStream.range(0, IN_FLIGHT)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get(IGC)))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
    }
}
