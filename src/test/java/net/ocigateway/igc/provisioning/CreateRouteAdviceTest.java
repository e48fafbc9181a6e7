package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.ocip.BroadWorksOverloadedException;
import net.ocigateway.igc.ocip.BroadWorksTimeoutException;
import net.ocigateway.igc.ocip.BroadWorksUnavailableException;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.WarningResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The create route with its BroadWorks step advised, and the OCI-P client spied on: a failure can be placed
 * exactly where a real BroadWorks would fail, and the test watches what the portal gets and what is left behind.
 */
@CamelSpringBootTest
@UseAdviceWith
// Its own CamelContext (a name no other test uses), started only once advised, and dropped afterwards.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camel.main.name=igc-advised")
@DirtiesContext
class CreateRouteAdviceTest {

    private static final String BODY = """
            {"serviceUserId": "%s", "active": true,
             "serviceInstanceProfile": {"name": "R", "cliLastName": "L", "cliFirstName": "F"}}""";

    /** What the advised step does with the commands of one create: by default, send them as they are. */
    private static final AtomicReference<Fault> FAULT = new AtomicReference<>();

    interface Fault {
        List<OciResponse> apply(List<OciRequest> commands, OciClient client);
    }

    @Autowired
    CamelContext camelContext;

    @MockitoSpyBean
    OciClient ociClient;

    @LocalServerPort
    int port;

    GatewayClient client;

    @BeforeEach
    void adviseOnce() throws Exception {
        client = new GatewayClient(port);
        FAULT.set(null);
        if (!camelContext.isStarted()) {
            AdviceWith.adviceWith(camelContext, "igc-create", route -> route
                    .weaveByToString("Bean\\[.*ociClient.*").selectFirst().replace()
                    .process(this::sendThroughFault));
            camelContext.start();
        }
    }

    private void sendThroughFault(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<OciRequest> commands = exchange.getMessage().getBody(List.class);
        Fault fault = FAULT.get();
        exchange.getMessage().setBody(fault == null ? ociClient.send(commands) : fault.apply(commands, ociClient));
    }

    @Test
    void aCreateWhoseActivationFailsIsRolledBackAndAnsweredWithTheError() {
        // The activation follows the add in a document of its own; BroadWorks refuses it here.
        doAnswer(call -> {
            List<OciResponse> answers = new ArrayList<>((List<OciResponse>) call.callRealMethod());
            List<?> commands = call.getArgument(0);
            if (commands.get(0) instanceof GroupInstantGroupCallModifyActiveInstanceListRequest) {
                answers.set(0, new ErrorResponse(4605, "[Error 4605] activation refused",
                        "[Error 4605] activation refused", null));
            }
            return answers;
        }).when(ociClient).send(anyList());
        Answer answer;
        try {
            answer = client.post(IGC, BODY.formatted("rollback@sip.netaxis.be"));
        } finally {
            reset(ociClient);
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("BROADWORKS_REJECTED");
        assertThat(answer.body().path("errors").path(0).path("details").path("broadworksCode").asInt()).isEqualTo(4605);
        assertThat(client.get(IGC + "rollback@sip.netaxis.be").status()).isEqualTo(404);
        assertThat(client.get(IGC).body().toString()).doesNotContain("rollback@sip.netaxis.be");
    }

    @Test
    void aWarningOnTheAddIsASuccessThatPassesTheWarningOn() {
        doAnswer(call -> {
            List<OciResponse> answers = new ArrayList<>((List<OciResponse>) call.callRealMethod());
            List<?> commands = call.getArgument(0);
            if (commands.get(0) instanceof GroupInstantGroupCallAddInstanceRequest14) {
                answers.set(0, new WarningResponse(4410, "[Warning 4410] number not activated",
                        "[Warning 4410] number not activated", null));
            }
            return answers;
        }).when(ociClient).send(anyList());
        Answer answer;
        try {
            answer = client.post(IGC, """
                    {"serviceUserId": "warned@sip.netaxis.be",
                     "serviceInstanceProfile": {"name": "R", "cliLastName": "L", "cliFirstName": "F"}}""");
        } finally {
            reset(ociClient);
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.body().path("details").path("warnings").path(0).path("broadworksCode").asInt())
                .isEqualTo(4410);
        assertThat(answer.body().path("details").path("warnings").path(0).path("summary").asText())
                .contains("number not activated");
        assertThat(client.delete(IGC + "warned@sip.netaxis.be/").status()).isEqualTo(200);
    }

    @Test
    void backendFailuresBecomeTheirOwnStatusWithoutInternals() {
        assertFailure(new BroadWorksUnavailableException("connection refused", null), 502, "BACKEND_UNAVAILABLE");
        assertFailure(new BroadWorksTimeoutException("no answer in 30000 ms", null), 504, "BACKEND_TIMEOUT");
        assertFailure(new BroadWorksOverloadedException("all 8 OCI-P sessions busy", null), 503, "OVERLOADED");
        assertFailure(new IllegalStateException("secret internals"), 500, "INTERNAL_ERROR");
    }

    private void assertFailure(RuntimeException failure, int status, String message) {
        FAULT.set((commands, real) -> {
            throw failure;
        });
        Answer answer = client.post(IGC, BODY.formatted("fails@sip.netaxis.be"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.error()).isEqualTo(message);
        assertThat(answer.raw().body()).doesNotContain("Exception", "secret internals", "\tat ");
    }
}
