package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an answer may tell a caller: nothing its scope does not cover, nothing of the gateway's insides. */
@GatewayTest
class AnswerDisclosureApiTest extends GatewayApiTest {

    @Autowired
    SimulatorFaults faults;

    @AfterEach
    void backendHealthyAgain() {
        faults.reset();
    }

    @Test
    void anInstanceOfAnotherGroupAnswersExactlyLikeOneThatDoesNotExist() {
        String id = uniqueId("foreign", "other.netaxis.be");
        assertThat(client.post(OTHER_IGC, "{\"serviceUserId\": \"" + id + "\", " + MINIMAL_PROFILE + "}").status())
                .isEqualTo(201);
        Map<String, String> ofAnotherGroup = answersFor(id);
        assertThat(client.delete(OTHER_IGC + id + "/").status()).isBetween(200, 204);
        Map<String, String> ofNoGroup = answersFor(id);

        assertThat(ofNoGroup).isEqualTo(ofAnotherGroup);
        assertThat(ofNoGroup.values()).allSatisfy(answer -> assertThat(answer)
                .containsPattern("^404 |\"status\":404").doesNotContain("broadworksCode", "summary", "User not found"));
    }

    @ParameterizedTest
    @EnumSource(value = SimulatorFault.class,
            names = {"HTTP_ERROR", "SOAP_FAULT", "GARBLED_ANSWER", "TRUNCATED_ANSWER", "DROPPED_CONNECTION"})
    void aFailingBroadWorksIsAStableReasonWithoutItsDetail(SimulatorFault fault) {
        faults.failNext(fault, 100);

        Answer failed = client.get(IGC);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body().path("errors").path(0).path("details").path("reason").asText())
                .isEqualTo("BroadWorks is unavailable");
        assertThat(failed.body().path("errors").path(0).path("details").path("requestId").asText())
                .isEqualTo(failed.header("X-Request-Id"));
        assertRevealsNothingInternal(failed, port);
    }

    /** GET, PUT, DELETE and a bulk item on {@code id} in ApioGrpTest, as System and as Group Admin, minus request ids. */
    private Map<String, String> answersFor(String id) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String user : new String[] {GatewayClient.SYSTEM_ADMIN, "demo-group"}) {
            GatewayClient caller = client.as(user);
            answers.put(user + " get", text(caller.get(IGC + id + "/")));
            answers.put(user + " put",
                    text(caller.put(IGC + id + "/", "{\"serviceInstanceProfile\": {\"name\": \"Taken\"}}")));
            answers.put(user + " delete", text(caller.delete(IGC + id + "/")));
            answers.put(user + " bulk", text(caller.put(IGC_ACTIVE, BulkActiveApiTest.bulk(List.of(id), true))));
        }
        return answers;
    }

    private static String text(Answer answer) {
        return answer.status() + " " + answer.raw().body().replaceAll("\"requestId\"\\s*:\\s*\"[^\"]*\"", "");
    }

    /** No host, port, URL, OCI-P administrator, SOAP fault text, parser message or stack frame. */
    static void assertRevealsNothingInternal(Answer answer, int... ports) {
        String body = answer.raw().body();
        assertThat(body).doesNotContain("127.0.0.1", "localhost", "http://", "https://", "ProvisioningService",
                "ociadmin", "Fault", "injected", "simulator", "SOAP", "XML", "Exception", "\tat ", ".java:");
        for (int port : ports) {
            assertThat(body).doesNotContain(String.valueOf(port));
        }
    }
}
