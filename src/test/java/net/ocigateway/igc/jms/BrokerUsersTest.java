package net.ocigateway.igc.jms;

import static net.ocigateway.igc.jms.ProvisioningQueue.GROUP;
import static net.ocigateway.igc.jms.ProvisioningQueue.TENANT;
import static net.ocigateway.igc.jms.ProvisioningQueue.newRequestId;
import static net.ocigateway.igc.jms.ProvisioningQueue.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import net.ocigateway.igc.jms.ProvisioningQueue.Result;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded broker bound beyond loopback with broker users: only they connect, each may only send requests
 * and read its results, and each request runs in its sender's scope, as a REST call runs in its token's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "igc.jms.embedded.host=0.0.0.0",
        "igc.simulator.administrator-password=" + JmsGatewayTest.OCI_PASSWORD,
        "igc.broadworks.password=" + JmsGatewayTest.OCI_PASSWORD})
@ExtendWith(OutputCaptureExtension.class)
class BrokerUsersTest {

    private static final String SYSTEM = "oss-system";
    private static final String OWN_GROUP = "oss-group";
    private static final String OTHER_GROUP = "oss-other-group";

    @DynamicPropertySource
    static void brokerUsers(DynamicPropertyRegistry registry) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String[][] users = {{SYSTEM, "16", "", ""}, {OWN_GROUP, "8", TENANT, GROUP}, {OTHER_GROUP, "8", TENANT, "OtherGroup"}};
        for (int i = 0; i < users.length; i++) {
            String key = "igc.jms.embedded.users[" + i + "].";
            String[] user = users[i];
            registry.add(key + "username", () -> user[0]);
            registry.add(key + "password-hash", () -> bcrypt.encode(password(user[0])));
            registry.add(key + "level", () -> user[1]);
            registry.add(key + "tenant-id", () -> user[2]);
            registry.add(key + "group-id", () -> user[3]);
        }
    }

    static String password(String username) {
        return username + "-broker-secret";
    }

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    JmsProperties properties;

    String url;

    @BeforeEach
    void findTheListener() {
        int port = ((NettyAcceptor) broker.getActiveMQServer().getRemotingService()
                .getAcceptor(JmsBrokerConfiguration.TCP_ACCEPTOR)).getActualPort();
        url = "tcp://127.0.0.1:" + port;
    }

    @Test
    void anonymousCoreClientIsRefused() {
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(url).createConnection().close())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(url, SYSTEM, "guess").createConnection().close())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anonymousStompClientIsRefused() throws IOException {
        String port = url.substring(url.lastIndexOf(':') + 1);
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
            OutputStream out = socket.getOutputStream();
            out.write("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0".getBytes(StandardCharsets.UTF_8));
            out.write(("SEND\ndestination:" + properties.queue() + "\ndestination-type:ANYCAST\n\n"
                    + request(newRequestId(), "list", null, null) + "\0").getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(5), StandardCharsets.UTF_8);
            assertThat(answer).isEqualTo("ERROR");
        }
    }

    @Test
    void groupUserProvisionsItsGroupAndReadsTheResultOnItsTemporaryQueue() throws JMSException {
        String serviceUserId = JmsProvisioningTest.newServiceUserId();

        Result created = callAs(OWN_GROUP, request(newRequestId(), "create", null,
                JmsProvisioningTest.createBody(serviceUserId)), message -> { });

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(callAs(SYSTEM, request(newRequestId(), "get", serviceUserId, null), message -> { }).status())
                .isEqualTo(200);
    }

    @Test
    void requestOutsideTheSendersGroupIsAnswered403AndNotApplied() throws JMSException {
        String serviceUserId = JmsProvisioningTest.newServiceUserId();

        Result refused = callAs(OTHER_GROUP, request(newRequestId(), "create", null,
                JmsProvisioningTest.createBody(serviceUserId)), message -> { });

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("FORBIDDEN");
        assertThat(callAs(SYSTEM, request(newRequestId(), "get", serviceUserId, null), message -> { }).status())
                .isEqualTo(404);
    }

    @Test
    void aSenderCannotClaimAnotherUsersNameOnItsMessage() throws JMSException {
        String serviceUserId = JmsProvisioningTest.newServiceUserId();

        Result refused = callAs(OTHER_GROUP, request(newRequestId(), "create", null,
                JmsProvisioningTest.createBody(serviceUserId)), message -> {
                    try {
                        message.setStringProperty("JMSXUserID", SYSTEM);
                        message.setStringProperty("_AMQ_VALIDATED_USER", SYSTEM);
                    } catch (JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void brokerUsersMayOnlySendRequestsAndReadTheirResults() throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory(url, OWN_GROUP, password(OWN_GROUP)).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String queue : new String[] {properties.resultsQueue(), properties.deadLetterQueue(), properties.queue()}) {
                assertThatThrownBy(() -> session.createConsumer(session.createQueue(queue)))
                        .as("consume " + queue).isInstanceOf(JMSSecurityException.class);
            }
            for (String queue : new String[] {properties.resultsQueue(), properties.deadLetterQueue(),
                    "activemq.management", "igc.a-queue-of-its-own"}) {
                assertThatThrownBy(() -> session.createProducer(session.createQueue(queue))
                        .send(session.createTextMessage("{}")))
                        .as("send to " + queue).isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @Test
    void systemAdminReadsTheSharedResultsQueue() throws JMSException {
        String requestId = newRequestId();
        try (Connection connection = new ActiveMQConnectionFactory(url, SYSTEM, password(SYSTEM)).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(properties.queue()))
                    .send(session.createTextMessage(request(requestId, "list", null, null).toString()));
            connection.start();
            MessageConsumer results = session.createConsumer(session.createQueue(properties.resultsQueue()),
                    "requestId = '" + requestId + "'");
            Message result = results.receive(20_000);
            assertThat(result).isNotNull();
            assertThat(ProvisioningQueue.json(((TextMessage) result).getText()).path("status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void replyToAQueueNotAllowedGetsTheResultOnTheResultsQueue(CapturedOutput output) throws JMSException {
        String requestId = newRequestId();
        try (Connection connection = new ActiveMQConnectionFactory(url, SYSTEM, password(SYSTEM)).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(request(requestId, "list", null, null).toString());
            message.setJMSReplyTo(session.createQueue(properties.deadLetterQueue()));
            session.createProducer(session.createQueue(properties.queue())).send(message);
            connection.start();
            Message result = session.createConsumer(session.createQueue(properties.resultsQueue()),
                    "requestId = '" + requestId + "'").receive(20_000);
            assertThat(result).isNotNull();
        }
        assertThat(output).contains("Request " + requestId + " named JMSReplyTo",
                "igc.jms.allowed-reply-destinations does not list");
    }

    /** Sends as {@code username} with a temporary JMSReplyTo queue and waits for the result there. */
    private Result callAs(String username, ObjectNode envelope, Consumer<TextMessage> touch) throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory(url, username, password(username)).createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            TextMessage message = session.createTextMessage(envelope.toString());
            message.setJMSReplyTo(replies);
            touch.accept(message);
            session.createProducer(session.createQueue(properties.queue())).send(message);
            connection.start();
            Message result = session.createConsumer(replies).receive(20_000);
            assertThat(result).as("a result on the temporary queue").isNotNull();
            return new Result(ProvisioningQueue.json(((TextMessage) result).getText()), result.getJMSCorrelationID());
        }
    }
}
