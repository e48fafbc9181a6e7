package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A failing BroadWorks as a portal sees it (API.md §3): the §3 error for each kind of failure, never a stack
 * trace, and the next call served again. One OCI-P session and short limits make overload and timeouts quick
 * (and a bulk longer than one command's chunk cheap).
 */
@GatewayTest
@TestPropertySource(properties = {
    "igc.broadworks.read-timeout=1s",
    "igc.broadworks.pool-size=1",
    "igc.broadworks.session-wait=200ms",
    "igc.api.max-bulk-items=20",
    "igc.api.bulk-chunk-size=8",
    "igc.membership-cache-ttl=300ms"
})
class BackendFaultApiTest extends GatewayApiTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    /** The command type of an activation, to aim a fault at its document alone. */
    private static final String ACTIVATION = "GroupInstantGroupCallModifyActiveInstanceListRequest";

    @Autowired
    SimulatorFaults faults;

    @Autowired
    CamelContext camel;

    @AfterEach
    void backendHealthyAgain() {
        faults.reset();
    }

    @ParameterizedTest
    @EnumSource(value = SimulatorFault.class,
            names = {"HTTP_ERROR", "SOAP_FAULT", "GARBLED_ANSWER", "TRUNCATED_ANSWER", "DROPPED_CONNECTION"})
    void aFailingBackendIsBadGatewayAndTheNextCallSucceeds(SimulatorFault fault) {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        // BroadWorks stays broken until reset, whatever other request of the gateway meets the fault first.
        faults.failNext(fault, 100);

        Answer failed = client.get(IGC);

        assertError(failed, 502, 8, "BACKEND_UNAVAILABLE");
        assertNoStackTrace(failed);
        faults.reset();
        assertThat(client.get(IGC).status()).isEqualTo(200);
    }

    @Test
    void aReadThatOutlivesTheMembershipCacheIsStillAnswered() {
        String id = create(MINIMAL_PROFILE);
        // The list vouches for the instance for the cache's 300 ms, so the read sends no list of its own ...
        assertThat(client.get(IGC).status()).isEqualTo(200);
        // ... and its answer comes back after the entry expired.
        faults.setLatency(Duration.ofMillis(600), Duration.ZERO);

        Answer read = client.get(IGC + id + "/");

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().path("serviceUserId").asText()).isEqualTo(id);
    }

    @ParameterizedTest
    @EnumSource(value = SimulatorFault.class, names = {"DROPPED_CONNECTION", "HTTP_ERROR", "SOAP_FAULT", "GARBLED_ANSWER"})
    void aCreateWhoseActivationGetsNoAnswerIsDeletedAgain(SimulatorFault fault) {
        String id = uniqueId("undone", "sip.netaxis.be");
        removeAfterTest(IGC, id);
        faults.failNextContaining(fault, 1, ACTIVATION);

        Answer failed = client.post(IGC, "{\"serviceUserId\": \"" + id + "\", " + MINIMAL_PROFILE + ", \"active\": true}");

        assertError(failed, 502, 8, "BACKEND_UNAVAILABLE");
        assertThat(serviceUserIdsSentIn("GroupInstantGroupCallDeleteInstanceRequest")).containsExactly(id);
        assertError(client.get(IGC + id), 404, 4, "NOT_FOUND");
    }

    @Test
    void aCreateWhoseActivationTimedOutButTookEffectStands() {
        String id = uniqueId("late", "sip.netaxis.be");
        removeAfterTest(IGC, id);
        faults.setSlowAnswerDelay(READ_TIMEOUT.multipliedBy(2));
        faults.failNextContaining(SimulatorFault.SLOW_ANSWER, 1, ACTIVATION);

        Answer created = client.post(IGC, "{\"serviceUserId\": \"" + id + "\", " + MINIMAL_PROFILE + ", \"active\": true}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(serviceUserIdsSentIn("GroupInstantGroupCallDeleteInstanceRequest")).isEmpty();
        Answer list = client.get(IGC);
        assertThat(InstantGroupCallApiTest.itemOf(list, id).path("active").asBoolean()).as(list.toString()).isTrue();
    }

    @Test
    void aSlowBackendIsAGatewayTimeoutWithinTheReadTimeout() {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        faults.setLatency(READ_TIMEOUT.multipliedBy(3), Duration.ZERO);

        long start = System.nanoTime();
        Answer slow = client.get(IGC);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertError(slow, 504, 9, "BACKEND_TIMEOUT");
        assertNoStackTrace(slow);
        assertThat(waited).isLessThan(READ_TIMEOUT.multipliedBy(2));
        faults.reset();
        assertThat(client.get(IGC).status()).isEqualTo(200);
    }

    @Test
    void noFreeSessionWithinTheWaitIsOverloaded() {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        faults.setLatency(Duration.ofMillis(500), Duration.ZERO);

        List<CompletableFuture<Answer>> calls = IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.get(IGC)))
                .toList();
        List<Answer> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Answer::status).contains(200, 503).containsOnly(200, 503);
        Answer overloaded = answers.stream().filter(answer -> answer.status() == 503).findFirst().orElseThrow();
        assertError(overloaded, 503, 10, "OVERLOADED");
        assertNoStackTrace(overloaded);
    }

    @Test
    void anExpiredSessionIsLoggedInAgainUnnoticed() {
        assertThat(client.get(IGC).status()).isEqualTo(200);
        faults.failNextContaining(SimulatorFault.SESSION_EXPIRY, 1, "GroupInstantGroupCallAddInstanceRequest14");

        String id = create(MINIMAL_PROFILE);

        assertThat(client.get(IGC + id).status()).isEqualTo(200);
    }

    @Test
    void bulkWithTheBackendFailingMidwayAnswersEachServiceWithItsError() {
        List<String> ids = new ArrayList<>(List.of(create(MINIMAL_PROFILE), create(MINIMAL_PROFILE)));
        ids.add(uniqueId("ghost", "sip.netaxis.be"));
        Answer answer;
        try (var failing = BeforeFirstActivation.install(camel, () -> faults.failNext(SimulatorFault.HTTP_ERROR, 1))) {
            answer = client.put(IGC_ACTIVE, BulkActiveApiTest.bulk(ids, true));
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(207);
        assertNoStackTrace(answer);
        var results = answer.body().path("results");
        assertThat(results.findValuesAsText("serviceUserId")).containsExactlyElementsOf(ids);
        for (int i = 0; i < 2; i++) {
            assertThat(results.path(i).path("status").asInt()).isEqualTo(502);
            assertThat(results.path(i).path("errors").path(0).path("message").asText()).isEqualTo("BACKEND_UNAVAILABLE");
        }
        assertThat(results.path(2).path("status").asInt()).isEqualTo(404);
        assertThat(client.put(IGC_ACTIVE, BulkActiveApiTest.bulk(ids.subList(0, 2), true)).status()).isEqualTo(200);
    }

    @Test
    void bulkLongerThanTheChunkSizeSendsOneCommandPerChunk() {
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> create(MINIMAL_PROFILE)).toList();
        sentDocuments.clear();

        Answer answer = client.put(IGC_ACTIVE, BulkActiveApiTest.bulk(ids, true));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        // The group's list, then 8 + 8 + 4 services, one command each.
        assertThat(sentDocuments.documents()).hasSize(4);
        assertThat(commandsPerDocument("GroupInstantGroupCallModifyActiveInstanceListRequest")).containsExactly(1, 1, 1);
        assertThat(sentDocuments.documents().subList(1, 4))
                .extracting(document -> document.split("<serviceActivation>", -1).length - 1)
                .containsExactly(8, 8, 4);
    }

    @Test
    void bulkOverTheConfiguredMaximumIsRejectedUntouched() {
        List<String> ids = IntStream.range(0, 21).mapToObj(i -> "many" + i + "@sip.netaxis.be").toList();
        Answer answer = client.put(IGC_ACTIVE, BulkActiveApiTest.bulk(ids, true));
        assertError(answer, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(answer).path("field").asText()).isEqualTo("services");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    private static void assertNoStackTrace(Answer answer) {
        assertThat(answer.raw().body())
                .doesNotContain("\tat ", "Caused by", ".java:")
                .doesNotContainPattern("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    }
}
