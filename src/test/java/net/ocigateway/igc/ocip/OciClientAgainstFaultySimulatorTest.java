package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.RequestId;
import net.ocigateway.igc.SentDocuments;
import net.ocigateway.igc.ocip.command.GroupGetRequest22V5;
import net.ocigateway.igc.ocip.command.GroupGetResponse22V5;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The real {@link OciClient} bean when the embedded BroadWorks misbehaves: each injected fault becomes its typed
 * exception within the configured limits, and the next call after the fault is gone succeeds on its own. Small
 * limits keep it fast; every test uses the read-only GroupGetRequest22V5, so a fault never leaves data behind.
 */
@GatewayTest
@TestPropertySource(
        properties = {
            "igc.broadworks.read-timeout=" + OciClientAgainstFaultySimulatorTest.READ_TIMEOUT_MILLIS + "ms",
            "igc.broadworks.session-wait=" + OciClientAgainstFaultySimulatorTest.SESSION_WAIT_MILLIS + "ms",
            "igc.broadworks.pool-size=" + OciClientAgainstFaultySimulatorTest.POOL_SIZE
        })
class OciClientAgainstFaultySimulatorTest {

    static final long READ_TIMEOUT_MILLIS = 1000;
    static final long SESSION_WAIT_MILLIS = 300;
    static final int POOL_SIZE = 2;
    /** Room for a busy 2-core build machine on top of each limit. */
    static final Duration MARGIN = Duration.ofMillis(700);

    private static final List<OciRequest> GROUP_GET = List.of(new GroupGetRequest22V5("ApioSpTest", "ApioGrpTest"));
    private static final List<String> LOGIN = List.of("AuthenticationRequest", "LoginRequest14sp4");

    @Autowired
    OciClient client;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    SentDocuments sentDocuments;

    @BeforeEach
    void forgetEarlierDocuments() {
        sentDocuments.clear();
    }

    @AfterEach
    void noFaultLeaksAndEveryDocumentSentWasSchemaValid() {
        MDC.remove(RequestId.MDC_KEY);
        faults.reset();
        assertThat(sentDocuments.assertAllValid()).isPositive();
    }

    @Test
    void eachSessionLogsInOnItsFirstCommandAndOnlyThen() {
        replaceEverySessionByAFreshOne();
        sentDocuments.clear();

        for (int i = 0; i <= POOL_SIZE; i++) {
            assertGroupGetSucceeds();
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            expected.addAll(LOGIN);
            expected.add("GroupGetRequest22V5");
        }
        expected.add("GroupGetRequest22V5");
        assertThat(sentCommandTypes()).containsExactlyElementsOf(expected);
    }

    @Test
    void anExpiredSessionLogsInAgainAndTheDocumentIsResentOnce() {
        logInEverySession();
        String marker = aimedAtTheNextCall();
        faults.failNextContaining(SimulatorFault.SESSION_EXPIRY, 1, marker);

        assertGroupGetSucceeds();
        MDC.remove(RequestId.MDC_KEY);

        assertThat(sentCommandTypes())
                .containsExactly("GroupGetRequest22V5", LOGIN.get(0), LOGIN.get(1), "GroupGetRequest22V5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "HTTP_ERROR,         BroadWorks answered HTTP 500",
        "SOAP_FAULT,         Fault injected by the BroadWorks simulator",
        "GARBLED_ANSWER,     not well-formed",
        "TRUNCATED_ANSWER,   not well-formed",
        "DROPPED_CONNECTION, failed",
    })
    void aBrokenAnswerIsUnavailableAndTheNextCallRecovers(SimulatorFault fault, String reason) {
        logInEverySession();
        faults.failNextContaining(fault, 1, aimedAtTheNextCall());

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.send(GROUP_GET))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining(reason);
        assertThat(elapsedSince(started)).isLessThan(Duration.ofMillis(READ_TIMEOUT_MILLIS).plus(MARGIN));
        MDC.remove(RequestId.MDC_KEY);

        faults.reset();
        assertGroupGetSucceeds();
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeoutAndTheNextCallRecovers() {
        logInEverySession();
        faults.setLatency(Duration.ofMillis(READ_TIMEOUT_MILLIS + 500), Duration.ZERO);

        long started = System.nanoTime();
        assertThatThrownBy(() -> client.send(GROUP_GET)).isInstanceOf(BroadWorksTimeoutException.class);
        Duration elapsed = elapsedSince(started);
        assertThat(elapsed)
                .isGreaterThanOrEqualTo(Duration.ofMillis(READ_TIMEOUT_MILLIS))
                .isLessThan(Duration.ofMillis(READ_TIMEOUT_MILLIS).plus(MARGIN));

        faults.reset();
        assertGroupGetSucceeds();
    }

    @Test
    void whenEverySessionStaysBusyTheNextCallerIsOverloadedAfterTheSessionWait() throws Exception {
        logInEverySession();
        // Slower than the session wait, faster than the read timeout: the busy calls still succeed.
        faults.setLatency(Duration.ofMillis(READ_TIMEOUT_MILLIS - 200), Duration.ZERO);
        ExecutorService callers = Executors.newFixedThreadPool(POOL_SIZE);
        try {
            List<Future<List<OciResponse>>> busy = new ArrayList<>();
            for (int i = 0; i < POOL_SIZE; i++) {
                busy.add(callers.submit(() -> client.send(GROUP_GET)));
            }
            awaitDocumentsSent(POOL_SIZE);

            long started = System.nanoTime();
            assertThatThrownBy(() -> client.send(GROUP_GET)).isInstanceOf(BroadWorksOverloadedException.class);
            assertThat(elapsedSince(started))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(SESSION_WAIT_MILLIS))
                    .isLessThan(Duration.ofMillis(SESSION_WAIT_MILLIS).plus(MARGIN));

            for (Future<List<OciResponse>> call : busy) {
                assertThat(call.get(5, TimeUnit.SECONDS)).singleElement().isInstanceOf(GroupGetResponse22V5.class);
            }
        } finally {
            callers.shutdownNow();
        }

        faults.reset();
        assertGroupGetSucceeds();
    }

    /**
     * A request id of its own for the calls that follow, echoed in their documents: a fault aimed at it cannot be
     * taken by any other request reaching the simulator meanwhile (a slow answer of an earlier test, a probe).
     */
    private static String aimedAtTheNextCall() {
        String marker = "fault-target-" + UUID.randomUUID();
        MDC.put(RequestId.MDC_KEY, marker);
        return marker;
    }

    /** Every session gets lent once, in turn (the pool lends the longest-idle one), and so is logged in. */
    private void logInEverySession() {
        for (int i = 0; i < POOL_SIZE; i++) {
            assertGroupGetSucceeds();
        }
        sentDocuments.clear();
    }

    /** A failed call discards its session; failing once per session leaves only fresh, logged-out ones. */
    private void replaceEverySessionByAFreshOne() {
        faults.failNext(SimulatorFault.HTTP_ERROR, POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) {
            assertThatThrownBy(() -> client.send(GROUP_GET)).isInstanceOf(BroadWorksUnavailableException.class);
        }
    }

    private void assertGroupGetSucceeds() {
        assertThat(client.send(GROUP_GET)).singleElement().isInstanceOf(GroupGetResponse22V5.class);
    }

    private List<String> sentCommandTypes() {
        return SentCommands.typesIn(sentDocuments.documents());
    }

    private void awaitDocumentsSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sentDocuments.documents().size() < count) {
            assertThat(System.nanoTime()).as("%d documents sent in time", count).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
