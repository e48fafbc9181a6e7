package net.ocigateway.igc.jms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.ocigateway.igc.RequestId;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorCode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.jms.JmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The steps of the JMS route (API.md §8): read a request message, claim its requestId, hand it to the
 * operation's route as REST would, and turn that route's answer into the result message.
 */
@Component
public class ProvisioningMessages {

    /** Exchange property: the result message's JSON text, once known. */
    public static final String RESULT = "igcJmsResult";

    private static final Logger log = LoggerFactory.getLogger(ProvisioningMessages.class);
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
    private static final int MAX_REQUEST_ID = 200;

    private final ObjectMapper objectMapper;
    private final ProcessedRequests processed;
    private final ProducerTemplate operations;
    private final MessageCallers callers;
    private final Set<String> allowedReplyTo;

    public ProvisioningMessages(ObjectMapper objectMapper, ProcessedRequests processed, ProducerTemplate operations,
            MessageCallers callers, JmsProperties properties) {
        this.objectMapper = objectMapper;
        this.processed = processed;
        this.operations = operations;
        this.callers = callers;
        this.allowedReplyTo = Set.copyOf(properties.allowedReplyDestinations());
    }

    /**
     * Reads the envelope; one that is incomplete is answered 400 at once, one that is not JSON goes to the DLQ,
     * one outside its sender's scope is answered 403, as its REST call would be.
     */
    public void read(Exchange exchange) throws JMSException {
        var message = exchange.getMessage();
        ObjectNode envelope = envelope(message.getBody(String.class));
        String correlationId = message.getHeader("JMSCorrelationID", String.class);
        String requestId = text(envelope, "requestId");
        List<ApiError> errors = envelopeErrors(envelope);
        if (errors.isEmpty()) {
            errors = scopeErrors(exchange.getMessage(JmsMessage.class).getJmsMessage().getStringProperty("JMSXUserID"),
                    requestId, text(envelope, "tenantId"), text(envelope, "groupId"));
        }
        var request = new ProvisioningMessage(
                requestId,
                text(envelope, "operation"),
                text(envelope, "tenantId"),
                text(envelope, "groupId"),
                text(envelope, "serviceUserId"),
                envelope.hasNonNull("body") ? envelope.get("body").toString() : null,
                correlationId != null ? correlationId : message.getHeader("JMSMessageID", String.class),
                replyTo(message.getHeader("JMSReplyTo", Destination.class), requestId),
                errors);
        exchange.setProperty(ProvisioningMessage.PROPERTY, request);
        if (!request.runnable()) {
            exchange.setProperty(RESULT, result(request, request.errors().get(0).httpStatus(), "errors",
                    objectMapper.valueToTree(request.errors())));
        }
    }

    private List<ApiError> scopeErrors(String brokerUser, String requestId, String tenantId, String groupId) {
        if (callers.callerOf(brokerUser).filter(caller -> caller.mayManage(tenantId, groupId)).isPresent()) {
            return List.of();
        }
        log.warn("Request {} refused: broker user {} may not manage tenant {} group {}", requestId,
                brokerUser == null ? "(none)" : brokerUser, tenantId, groupId);
        return List.of(ApiError.of(ErrorCode.FORBIDDEN,
                "your user level or tenant and group scope does not allow this call"));
    }

    /** Results go to a temporary queue or an allowed destination only, so a request cannot feed another's queue. */
    private Destination replyTo(Destination requested, String requestId) throws JMSException {
        if (requested == null || requested instanceof TemporaryQueue || requested instanceof TemporaryTopic
                || requested instanceof Queue queue && allowedReplyTo.contains(queue.getQueueName())) {
            return requested;
        }
        log.warn("Request {} named JMSReplyTo {}, which igc.jms.allowed-reply-destinations does not list: its result "
                + "goes to the results queue", requestId, requested);
        return null;
    }

    /** Takes the requestId on; a repeat gets the first result, a copy still running is tried again later. */
    public void claim(Exchange exchange, @ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request) {
        if (!request.runnable()) {
            return;
        }
        var claim = processed.claim(request.requestId());
        switch (claim.state()) {
            case TAKEN -> log.debug("Request {} taken on", request.requestId());
            case DONE -> {
                log.info("Request {} was already processed: answering its first result", request.requestId());
                exchange.setProperty(RESULT, claim.result());
            }
            case RUNNING -> throw new RequestStillRunningException(request.requestId());
        }
    }

    /**
     * Runs the operation's own route on a fresh exchange, as its REST verb does: the path values as URL path
     * segments (the routes decode them once, whichever way they came), the body as JSON text. A fresh exchange,
     * because an error the route answers itself would otherwise end this route too. BroadWorks being
     * unreachable is not an answer but a reason to try again.
     */
    public void run(Exchange exchange, @ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request) {
        Exchange answered = operations.send(request.resolvedOperation().route(), operation -> {
            var message = operation.getMessage();
            message.setHeader("tenantId", segment(request.tenantId()));
            message.setHeader("groupId", segment(request.groupId()));
            message.setHeader("serviceUserId", segment(request.serviceUserId()));
            // The OSS system's requestId follows the request into the logs and the OCI-P echo, as X-Request-Id does.
            message.setHeader(RequestId.HEADER, request.requestId());
            message.setBody(request.body());
        });
        if (answered.getException() != null) {
            throw new IllegalStateException("operation " + request.operation() + " failed", answered.getException());
        }
        int status = answered.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        JsonNode body = json(answered.getMessage().getBody(String.class));
        if (UNAVAILABLE.contains(status)) {
            throw new BroadWorksUnavailableAnswer(status, reasonOf(body));
        }
        if (status == 207) {
            // A bulk item BroadWorks could not take is tried again with the rest: setting a state twice is harmless.
            for (JsonNode item : body.path("results")) {
                int itemStatus = item.path("status").asInt();
                if (UNAVAILABLE.contains(itemStatus)) {
                    throw new BroadWorksUnavailableAnswer(itemStatus, reasonOf(item));
                }
            }
        }
        exchange.setProperty(RESULT, status >= 400
                ? result(request, status, "errors", body.path("errors"))
                : result(request, status, "body", body));
    }

    private static String reasonOf(JsonNode answer) {
        return answer.path("errors").path(0).path("details").path("reason").asText("no reason given");
    }

    /** Keeps the result, so that a repeat of this requestId is answered with it. */
    public void remember(@ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request,
            @ExchangeProperty(RESULT) String result) {
        processed.complete(request.requestId(), result);
    }

    /**
     * BroadWorks stayed unavailable through every retry: the message is in the DLQ and answered 502. The
     * requestId is let go, so the sender may send the same request again once BroadWorks is back.
     */
    public void gaveUp(Exchange exchange, @ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request) {
        var unavailable = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, BroadWorksUnavailableAnswer.class);
        log.warn("Request {} sent to the DLQ: {}", request.requestId(), unavailable.getMessage());
        processed.release(request.requestId());
        ApiError error = ApiError.of(ErrorCode.BACKEND_UNAVAILABLE,
                "BroadWorks stayed unavailable through every retry; last: " + unavailable.reason());
        exchange.setProperty(RESULT, result(request, error.httpStatus(), "errors",
                objectMapper.valueToTree(List.of(error))));
    }

    /** A copy of this requestId was still running after every retry: answered 409, the copy answers for itself. */
    public void stillRunning(Exchange exchange, @ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request) {
        ApiError error = ApiError.of(ErrorCode.ALREADY_EXISTS,
                "a request with requestId " + request.requestId() + " is still being processed");
        exchange.setProperty(RESULT, result(request, error.httpStatus(), "errors",
                objectMapper.valueToTree(List.of(error))));
    }

    /** The result message: to JMSReplyTo when the request named one, correlated with the request. */
    public void reply(Exchange exchange, @ExchangeProperty(ProvisioningMessage.PROPERTY) ProvisioningMessage request,
            @ExchangeProperty(RESULT) String result) {
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setBody(result);
        message.setHeader("JMSCorrelationID", request.correlationId());
        // Plain properties as well, so a client can select its results without parsing them.
        message.setHeader("requestId", request.requestId());
        message.setHeader("status", json(result).path("status").asInt());
        if (request.replyTo() != null) {
            message.setHeader(JmsConstants.JMS_DESTINATION, request.replyTo());
        }
        log.debug("Answered request {} ({}): {}", request.requestId(), request.operation(),
                message.getHeader("status"));
    }

    private ObjectNode envelope(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableMessageException("the message has no body");
        }
        try {
            if (objectMapper.readTree(text) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new UnreadableMessageException("the message is not JSON: " + e.getOriginalMessage());
        }
        throw new UnreadableMessageException("the message is not a JSON object");
    }

    private static List<ApiError> envelopeErrors(ObjectNode envelope) {
        List<ApiError> errors = new ArrayList<>();
        String requestId = text(envelope, "requestId");
        if (requestId == null || requestId.isBlank() || requestId.length() > MAX_REQUEST_ID) {
            errors.add(invalid("requestId", "must be a text of 1 to " + MAX_REQUEST_ID + " characters"));
        }
        var operation = Operation.byWireName(text(envelope, "operation"));
        if (operation.isEmpty()) {
            errors.add(invalid("operation", "must be one of " + Operation.wireNames()));
        }
        requireText(envelope, "tenantId", errors);
        requireText(envelope, "groupId", errors);
        if (operation.isPresent() && operation.get().addressesInstance()) {
            requireText(envelope, "serviceUserId", errors);
        }
        return errors;
    }

    private static void requireText(ObjectNode envelope, String field, List<ApiError> errors) {
        String value = text(envelope, field);
        if (value == null || value.isBlank()) {
            errors.add(invalid(field, "is required"));
        }
    }

    private static ApiError invalid(String field, String reason) {
        return ApiError.ofField(ErrorCode.VALIDATION_ERROR, field, reason);
    }

    private static String text(ObjectNode envelope, String field) {
        JsonNode value = envelope.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String segment(String value) {
        return value == null ? null : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private String result(ProvisioningMessage request, int status, String field, JsonNode content) {
        ObjectNode result = objectMapper.createObjectNode();
        result.put("requestId", request.requestId());
        result.put("operation", request.operation());
        result.put("status", status);
        result.set(field, content);
        return result.toString();
    }

    private JsonNode json(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an operation answered with text that is not JSON", e);
        }
    }
}
