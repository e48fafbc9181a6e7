package net.ocigateway.igc.resilience;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.ocip.BroadWorksCircuitBreaker;
import net.ocigateway.igc.ocip.OciSessionPool;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * BroadWorks misbehaving as a portal sees it: down at start, down mid-run, slow, answering garbage, dropping
 * connections, forgetting sessions. Each gives the API.md error within its limit, the circuit breaker opens (503 at
 * once) and the gateway recovers by itself once BroadWorks is back. The gateway reaches its embedded simulator
 * through a {@link TcpRelay} that plays the network and can be unplugged. Short limits keep it fast; the window
 * of the circuit breaker is small, so a test opens it with a few calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
    "igc.simulator.enabled=true",
    // Beside a URL the demo password and demo users are refused; this gateway's BroadWorks is its own simulator.
    "igc.simulator.administrator-password=outage-test-oci-password",
    "igc.broadworks.password=outage-test-oci-password",
    "igc.security.users[0].username=" + GatewayClient.SYSTEM_ADMIN,
    // BCrypt of demo-system-pass, the password GatewayClient logs in with.
    "igc.security.users[0].password-hash=$2a$10$Iwet/w8C8dviy2TSnfd/hO1jmXuVEPueOzTtOUOtDVrSMuyzHU70i",
    "igc.security.users[0].level=16",
    "igc.broadworks.connect-timeout=500ms",
    "igc.broadworks.read-timeout=" + BroadWorksOutageTest.READ_TIMEOUT_MILLIS + "ms",
    // 64 portals share 8 sessions on a machine that may be busy with other builds: waiting is fine, failing is not.
    "igc.broadworks.session-wait=10s",
    "igc.broadworks.pool-size=" + BroadWorksOutageTest.POOL_SIZE,
    "igc.broadworks.circuit-breaker.sliding-window-size=" + BroadWorksOutageTest.WINDOW,
    "igc.broadworks.circuit-breaker.minimum-number-of-calls=" + BroadWorksOutageTest.WINDOW,
    "igc.broadworks.circuit-breaker.wait-in-open=" + BroadWorksOutageTest.WAIT_IN_OPEN_MILLIS + "ms",
    "igc.broadworks.circuit-breaker.permitted-calls-in-half-open=1"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BroadWorksOutageTest {

    static final long READ_TIMEOUT_MILLIS = 1000;
    static final int POOL_SIZE = 8;
    static final int WINDOW = 4;
    static final long WAIT_IN_OPEN_MILLIS = 1500;
    /** Room for a busy 2-core build machine on top of each limit. */
    private static final long MARGIN_MILLIS = 2000;

    private static final TcpRelay NETWORK = newRelay();

    @DynamicPropertySource
    static void broadWorksBehindTheRelay(DynamicPropertyRegistry registry) {
        registry.add("igc.broadworks.url",
                () -> "http://127.0.0.1:" + NETWORK.port() + "/webservice/services/ProvisioningService");
    }

    @LocalServerPort
    int port;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    BroadWorksCircuitBreaker circuitBreaker;

    @Autowired
    OciSessionPool sessions;

    GatewayClient client;

    @BeforeEach
    void portal() {
        client = new GatewayClient(port);
        NETWORK.forwardTo(port);
    }

    @AfterEach
    void broadWorksHealthyAgain() throws IOException {
        faults.reset();
        NETWORK.plugIn();
        recovers();
    }

    @Test
    @Order(1)
    void broadWorksDownAtStartIsBadGatewayThenTheCircuitOpensAndTheGatewayRecoversWhenItComes() throws IOException {
        opensTheCircuitAfter(() -> client.get(IGC), 502, "BACKEND_UNAVAILABLE", 500 + MARGIN_MILLIS);

        NETWORK.plugIn();

        recovers();
    }

    @Test
    @Order(2)
    void broadWorksDownMidRunIsBadGatewayThenTheCircuitOpensAndTheGatewayRecovers() throws IOException {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        NETWORK.unplug();

        opensTheCircuitAfter(() -> client.get(IGC), 502, "BACKEND_UNAVAILABLE", 500 + MARGIN_MILLIS);

        NETWORK.plugIn();
        recovers();
    }

    @ParameterizedTest
    @Order(3)
    @EnumSource(value = SimulatorFault.class,
            names = {"HTTP_ERROR", "SOAP_FAULT", "GARBLED_ANSWER", "TRUNCATED_ANSWER", "DROPPED_CONNECTION"})
    void garbageOrDroppedConnectionsAreBadGatewayThenTheCircuitOpensAndTheGatewayRecovers(SimulatorFault fault) {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        faults.failNext(fault, 1000);

        opensTheCircuitAfter(() -> client.get(IGC), 502, "BACKEND_UNAVAILABLE", MARGIN_MILLIS);

        faults.failNext(fault, 0);
        recovers();
    }

    @Test
    @Order(4)
    void broadWorksSlowerThanTheReadTimeoutIsAGatewayTimeoutThenTheCircuitOpensAndTheGatewayRecovers() {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        faults.setLatency(Duration.ofMillis(READ_TIMEOUT_MILLIS * 3), Duration.ZERO);

        // The calls that fill the window run together, so the test waits one read timeout, not four.
        List<CompletableFuture<Timed>> slow = IntStream.range(0, WINDOW)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> Timed.of(() -> client.get(IGC))))
                .toList();
        for (CompletableFuture<Timed> call : slow) {
            Timed timed = call.join();
            assertError(timed.answer(), 504, 9, "BACKEND_TIMEOUT");
            assertThat(timed.millis()).isLessThan(READ_TIMEOUT_MILLIS + MARGIN_MILLIS);
        }
        answersOverloadedAtOnce();

        faults.setLatency(Duration.ZERO, Duration.ZERO);
        recovers();
    }

    @Test
    @Order(5)
    void expiringSessionsAreLoggedInAgainUnnoticedAndKeepTheCircuitClosed() {
        for (int i = 0; i < WINDOW * 2; i++) {
            faults.failNext(SimulatorFault.SESSION_EXPIRY, 1);
            assertThat(client.get(IGC).status()).isEqualTo(200);
        }
        assertThat(circuitBreaker.state()).isEqualTo("closed");
    }

    @Test
    @Order(6)
    void errorResponsesAreAnswersAndKeepTheCircuitClosed() {
        for (int i = 0; i < WINDOW * 2; i++) {
            assertThat(client.get(IGC + "nobody" + i + "@sip.netaxis.be").status()).isEqualTo(404);
        }
        assertThat(circuitBreaker.state()).isEqualTo("closed");
        assertThat(client.get(IGC).status()).isEqualTo(200);
    }

    @Test
    @Order(7)
    void sixtyFourPortalsAtOnceAgainstASlowBroadWorksGetCorrectAnswersAndLeakNoSession() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            String id = "load" + i + "@sip.netaxis.be";
            Answer created = client.post(IGC, """
                    {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "Load %d", "cliLastName": "L", "cliFirstName": "F"}}
                    """.formatted(id, i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(id);
        }
        faults.setLatency(Duration.ofMillis(20), Duration.ofMillis(10));
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        int callsPerPortal = 8;
        ExecutorService portals = Executors.newFixedThreadPool(64);
        try {
            for (int p = 0; p < 64; p++) {
                int portal = p;
                portals.submit(() -> {
                    for (int n = 0; n < callsPerPortal; n++) {
                        int i = (portal + n) % ids.size();
                        Answer answer = n % 4 == 0 ? client.get(IGC) : client.get(IGC + ids.get(i));
                        String expected = n % 4 == 0 ? ids.get(0) : "Load " + i;
                        if (answer.status() != 200 || !answer.raw().body().contains(expected)) {
                            wrong.add(answer.toString());
                        }
                        answered.incrementAndGet();
                    }
                });
            }
        } finally {
            portals.shutdown();
            assertThat(portals.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        faults.reset();
        ids.forEach(id -> assertThat(client.delete(IGC + id).status()).isEqualTo(200));

        assertThat(wrong).as("wrong answers of %d", answered.get()).isEmpty();
        assertThat(answered.get()).isEqualTo(64 * callsPerPortal);
        assertThat(sessions.idleSessions()).isEqualTo(POOL_SIZE);
        assertThat(circuitBreaker.state()).isEqualTo("closed");
    }

    /**
     * Calls until the circuit opens: each failing call answered as expected in time, the circuit open before the
     * window is full of failures (earlier successes may still be in it), then 503 at once.
     */
    private void opensTheCircuitAfter(Supplier<Answer> call, int status, String message, long withinMillis) {
        int failed = 0;
        Timed timed = Timed.of(call);
        while (timed.answer().status() != 503 && failed <= WINDOW) {
            assertError(timed.answer(), status, status == 502 ? 8 : 9, message);
            assertThat(timed.millis()).isLessThan(withinMillis);
            failed++;
            timed = Timed.of(call);
        }
        assertThat(failed).as("failed calls before the circuit opened").isBetween(1, WINDOW);
        assertOverloadedAtOnce(timed);
    }

    private void answersOverloadedAtOnce() {
        assertOverloadedAtOnce(Timed.of(() -> client.get(IGC)));
    }

    private void assertOverloadedAtOnce(Timed timed) {
        assertError(timed.answer(), 503, 10, "OVERLOADED");
        assertThat(timed.answer().body().path("errors").path(0).path("details").path("reason").asText())
                .contains("circuit breaker is open");
        assertThat(timed.millis()).isLessThan(MARGIN_MILLIS);
        assertThat(circuitBreaker.state()).isEqualTo("open");
    }

    /** BroadWorks is back: without anyone's help, calls are served again within the open wait and a probe. */
    private void recovers() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_IN_OPEN_MILLIS + 3 * MARGIN_MILLIS);
        Answer answer = client.get(IGC);
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            assertThat(answer.status()).as(answer.toString()).isIn(503);
            sleep(50);
            answer = client.get(IGC);
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(circuitBreaker.state()).isEqualTo("closed");
    }

    private static void assertError(Answer answer, int status, int code, String message) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.body().path("errors").path(0).path("code").asInt()).isEqualTo(code);
        assertThat(answer.error()).isEqualTo(message);
        assertThat(answer.raw().body()).doesNotContain("\tat ", "Caused by");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static TcpRelay newRelay() {
        try {
            return new TcpRelay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Timed(Answer answer, long millis) {
        static Timed of(Supplier<Answer> call) {
            long start = System.nanoTime();
            Answer answer = call.get();
            return new Timed(answer, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }
}
