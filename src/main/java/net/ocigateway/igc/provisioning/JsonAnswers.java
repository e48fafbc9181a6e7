package net.ocigateway.igc.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.ocigateway.igc.RequestId;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorBody;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Writes the answer of an operation: status, JSON body and, for a create, the new instance's URL. */
@Component
public class JsonAnswers {

    static final String STATUS = Exchange.HTTP_RESPONSE_CODE;

    private final ObjectMapper objectMapper;
    private final ErrorAnswers errorAnswers;

    public JsonAnswers(ObjectMapper objectMapper, ErrorAnswers errorAnswers) {
        this.objectMapper = objectMapper;
        this.errorAnswers = errorAnswers;
    }

    public void ok(Exchange exchange) {
        write(exchange, 200, exchange.getMessage().getBody());
    }

    public void empty(Exchange exchange) {
        write(exchange, 200, Map.of());
    }

    public void created(Exchange exchange) {
        var request = exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class);
        exchange.getMessage().setHeader("Location", "/api/v1/tenants/" + segment(request.tenantId())
                + "/groups/" + segment(request.groupId())
                + "/services/instant_group_calls/" + segment(request.serviceUserId()) + "/");
        write(exchange, 201, exchange.getMessage().getBody());
    }

    /**
     * Answers the exception the exchange caught, for routes' shared error handling; each error names the request
     * id, so a caller can quote it and an operator find its log lines.
     */
    public void error(Exchange exchange) {
        String requestId = exchange.getProperty(RequestId.EXCHANGE_PROPERTY, String.class);
        List<ApiError> errors = errorAnswers.errorsOf(exchange).stream()
                .map(error -> requestId == null ? error : error.withDetail("requestId", requestId))
                .toList();
        write(exchange, errors.get(0).httpStatus(), new ErrorBody(errors));
    }

    public void write(Exchange exchange, int status, Object body) {
        var message = exchange.getMessage();
        message.removeHeaders("*", STATUS, "Location");
        message.setHeader(STATUS, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            message.setBody(objectMapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
