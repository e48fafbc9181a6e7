package net.ocigateway.igc.jms;

import static net.ocigateway.igc.jms.ProvisioningQueue.newRequestId;
import static net.ocigateway.igc.jms.ProvisioningQueue.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.ocigateway.igc.jms.ProvisioningQueue.Result;
import net.ocigateway.igc.simulator.SimulatorFault;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queue as an OSS system uses it, against the embedded broker and BroadWorks. */
@JmsGatewayTest
class JmsProvisioningTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JmsProperties properties;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    EmbeddedActiveMQ broker;

    ProvisioningQueue queue;

    @BeforeEach
    void connect() {
        queue = new ProvisioningQueue(connectionFactory, properties);
    }

    @AfterEach
    void healBroadWorks() {
        faults.reset();
    }

    static String newServiceUserId() {
        return "jms" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@sip.netaxis.be";
    }

    static String createBody(String serviceUserId) {
        return """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "Queued", "cliLastName": "L", "cliFirstName": "F"}}"""
                .formatted(serviceUserId);
    }

    @Test
    void everyOperationRunsOverTheQueue() {
        String id = "jms+50%-" + SEQUENCE.incrementAndGet() + "@sip.netaxis.be";

        Result created = queue.call(request(newRequestId(), "create", null, createBody(id)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("operation").asText()).isEqualTo("create");
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo(id);

        Result got = queue.call(request(newRequestId(), "get", id, null));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body().path("serviceInstanceProfile").path("name").asText()).isEqualTo("Queued");

        Result updated = queue.call(request(newRequestId(), "update", id,
                "{\"serviceInstanceProfile\": {\"name\": \"Renamed\"}}"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("serviceInstanceProfile").path("name").asText()).isEqualTo("Renamed");

        Result listed = queue.call(request(newRequestId(), "list", null, null));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("instantGroupCalls").findValuesAsText("serviceUserId")).contains(id);

        Result activated = queue.call(request(newRequestId(), "setActive", null,
                "{\"services\": [{\"serviceUserId\": \"" + id + "\", \"active\": true}]}"));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);

        Result deleted = queue.call(request(newRequestId(), "delete", id, null));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().isObject()).isTrue();

        assertThat(queue.call(request(newRequestId(), "get", id, null)).error()).isEqualTo("NOT_FOUND");
    }

    @Test
    void businessErrorIsAnsweredOnceAndNotRetried() {
        String requestId = newRequestId();
        Result result = queue.call(request(requestId, "create", null,
                "{\"serviceUserId\": \"" + newServiceUserId() + "\", \"serviceInstanceProfile\": {}}"));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error()).isEqualTo("VALIDATION_ERROR");
        assertThat(result.json().has("body")).isFalse();
        assertThat(queue.drain(properties.resultsQueue(), "requestId = '" + requestId + "'", 500)).isEmpty();
        assertThat(queue.drain(properties.deadLetterQueue(), "JMSCorrelationID IS NULL", 100)).isEmpty();
    }

    @Test
    void incompleteEnvelopeIsAnsweredWithTheMissingFields() {
        String requestId = newRequestId();
        queue.send("{\"requestId\": \"" + requestId + "\", \"operation\": \"rename\", \"groupId\": \"ApioGrpTest\"}",
                Map.of());

        Result result = queue.result(requestId);
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().path("errors").findValuesAsText("field")).containsExactly("operation", "tenantId");
    }

    @Test
    void resultGoesToReplyToWithTheRequestsCorrelationId() {
        String requestId = newRequestId();
        queue.send(request(requestId, "list", null, null).toString(),
                Map.of("JMSCorrelationID", "oss-42", "JMSReplyTo", JmsGatewayTest.OSS_REPLIES));

        Result result = queue.resultOn(JmsGatewayTest.OSS_REPLIES, "requestId = '" + requestId + "'");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.correlationId()).isEqualTo("oss-42");
    }

    @Test
    void resultWithoutCorrelationIdCarriesTheRequestsMessageId() {
        String requestId = newRequestId();
        queue.send(request(requestId, "list", null, null).toString(), Map.of());

        assertThat(queue.result(requestId).correlationId()).startsWith("ID:");
    }

    @Test
    void broadWorksDownThenBackAppliesTheRequestOnce() {
        String id = newServiceUserId();
        String requestId = newRequestId();
        faults.failNext(SimulatorFault.HTTP_ERROR, 2);

        Result created = queue.call(request(requestId, "create", null, createBody(id)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(queue.drain(properties.resultsQueue(), "requestId = '" + requestId + "'", 500)).isEmpty();
        assertThat(queue.call(request(newRequestId(), "get", id, null)).status()).isEqualTo(200);
    }

    @Test
    void setActiveWhoseServiceBroadWorksCouldNotTakeIsTriedAgainNotAnswered207() {
        String id = newServiceUserId();
        assertThat(queue.call(request(newRequestId(), "create", null, createBody(id))).status()).isEqualTo(201);
        faults.failNextContaining(SimulatorFault.HTTP_ERROR, 1, id);

        Result activated = queue.call(request(newRequestId(), "setActive", null,
                "{\"services\": [{\"serviceUserId\": \"" + id + "\", \"active\": true}]}"));

        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        JsonNode listed = queue.call(request(newRequestId(), "list", null, null)).body().path("instantGroupCalls");
        assertThat(listed.findParents("serviceUserId").stream()
                        .filter(item -> item.path("serviceUserId").asText().equals(id))
                        .map(item -> item.path("active").asBoolean()))
                .containsExactly(true);
        assertThat(queue.call(request(newRequestId(), "delete", id, null)).status()).isEqualTo(200);
    }

    @Test
    void broadWorksDownThroughEveryRetryAnswers502AndDeadLettersTheRequest() throws Exception {
        String requestId = newRequestId();
        faults.failNext(SimulatorFault.HTTP_ERROR, 1000);

        Result result = queue.call(request(requestId, "list", null, null));
        faults.reset();

        assertThat(result.status()).isEqualTo(502);
        assertThat(result.error()).isEqualTo("BACKEND_UNAVAILABLE");
        List<Message> dead = queue.drain(properties.deadLetterQueue(), "igcDeadLetterReason IS NOT NULL", 2000);
        assertThat(dead).extracting(message -> ((TextMessage) message).getText())
                .anyMatch(text -> text.contains(requestId));
        // Let go: the same request sent again once BroadWorks is back runs.
        assertThat(queue.call(request(requestId, "list", null, null)).status()).isEqualTo(200);
    }

    @Test
    void unreadableMessageGoesToTheDeadLetterQueueAtOnce() throws Exception {
        String marker = newRequestId();
        queue.send("this is not JSON", Map.of("ossMarker", marker));

        Message dead = queue.resultOnRaw(properties.deadLetterQueue(), "ossMarker = '" + marker + "'");
        assertThat(((TextMessage) dead).getText()).isEqualTo("this is not JSON");
        assertThat(dead.getStringProperty("igcDeadLetterReason")).contains("not JSON");
        assertThat(dead.getJMSRedelivered()).isFalse();
    }

    @Test
    void repeatedRequestIdGetsTheFirstResultWithoutApplyingTwice() {
        String requestId = newRequestId();
        var create = request(requestId, "create", null, createBody(newServiceUserId()));

        Result first = queue.call(create);
        Result repeated = queue.call(create);

        assertThat(first.status()).isEqualTo(201);
        // A second create of the same instance would have been 409: the repeat was answered, not run.
        assertThat(repeated.json()).isEqualTo(first.json());
    }

    @Test
    void embeddedBrokerTakesStompMessagesOverTcp() throws IOException {
        int port = ((NettyAcceptor) broker.getActiveMQServer().getRemotingService()
                .getAcceptor(JmsBrokerConfiguration.TCP_ACCEPTOR)).getActualPort();
        String requestId = newRequestId();

        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0").getBytes(StandardCharsets.UTF_8));
            out.write(("SEND\ndestination:" + properties.queue() + "\ndestination-type:ANYCAST\n\n"
                    + request(requestId, "list", null, null) + "\0").getBytes(StandardCharsets.UTF_8));
            out.write("DISCONNECT\nreceipt:bye\n\n\0".getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("RECEIPT");
        }

        assertThat(queue.result(requestId).status()).isEqualTo(200);
    }
}
