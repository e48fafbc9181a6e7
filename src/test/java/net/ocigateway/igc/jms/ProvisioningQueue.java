package net.ocigateway.igc.jms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jms.core.JmsTemplate;

/** An OSS system's view of the gateway: JSON requests onto the queue, results read off theirs. */
final class ProvisioningQueue {

    static final String TENANT = "ApioSpTest";
    static final String GROUP = "ApioGrpTest";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JmsTemplate jms;
    private final JmsProperties properties;

    ProvisioningQueue(ConnectionFactory connectionFactory, JmsProperties properties) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setReceiveTimeout(20_000);
        this.properties = properties;
    }

    /** A result as the OSS reads it, with the correlation ID it came with. */
    record Result(JsonNode json, String correlationId) {

        int status() {
            return json.path("status").asInt();
        }

        JsonNode body() {
            return json.path("body");
        }

        /** The {@code message} of the first error, e.g. {@code VALIDATION_ERROR}. */
        String error() {
            return json.path("errors").path(0).path("message").asText(null);
        }

        @Override
        public String toString() {
            return json.toString();
        }
    }

    /** A request envelope for the test group; {@code body} may be null. */
    static ObjectNode request(String requestId, String operation, String serviceUserId, String body) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("requestId", requestId);
        envelope.put("operation", operation);
        envelope.put("tenantId", TENANT);
        envelope.put("groupId", GROUP);
        if (serviceUserId != null) {
            envelope.put("serviceUserId", serviceUserId);
        }
        if (body != null) {
            envelope.set("body", json(body));
        }
        return envelope;
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    String resultsQueue() {
        return properties.resultsQueue();
    }

    /** Sends one request and waits for its result on the results queue. */
    Result call(ObjectNode envelope) {
        send(envelope.toString(), Map.of());
        return result(envelope.get("requestId").asText());
    }

    /** Sends raw text with these JMS properties (JMSCorrelationID and JMSReplyTo included). */
    void send(String text, Map<String, Object> headers) {
        jms.send(properties.queue(), session -> {
            TextMessage message = session.createTextMessage(text);
            for (var header : headers.entrySet()) {
                switch (header.getKey()) {
                    case "JMSCorrelationID" -> message.setJMSCorrelationID((String) header.getValue());
                    case "JMSReplyTo" -> message.setJMSReplyTo(session.createQueue((String) header.getValue()));
                    default -> message.setObjectProperty(header.getKey(), header.getValue());
                }
            }
            return message;
        });
    }

    /** The next result for {@code requestId} on the results queue; fails after 20 s. */
    Result result(String requestId) {
        return resultOn(properties.resultsQueue(), "requestId = '" + requestId + "'");
    }

    Result resultOn(String queue, String selector) {
        Message message = resultOnRaw(queue, selector);
        try {
            return new Result(json(((TextMessage) message).getText()), message.getJMSCorrelationID());
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    /** The next message on {@code queue} matching {@code selector}; fails after 20 s. */
    Message resultOnRaw(String queue, String selector) {
        Message message = jms.receiveSelected(queue, selector);
        if (message == null) {
            throw new AssertionError("nothing on " + queue + " for " + selector);
        }
        return message;
    }

    /** The messages now on {@code queue} matching {@code selector}, taken off it; waits at most {@code millis} per message. */
    List<Message> drain(String queue, String selector, long millis) {
        JmsTemplate quick = new JmsTemplate(jms.getConnectionFactory());
        quick.setReceiveTimeout(millis);
        List<Message> messages = new ArrayList<>();
        for (Message message = quick.receiveSelected(queue, selector); message != null;
                message = quick.receiveSelected(queue, selector)) {
            messages.add(message);
        }
        return messages;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
