package net.ocigateway.igc.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.ocigateway.igc.RequestId;
import net.ocigateway.igc.api.ApiException;
import net.ocigateway.igc.api.BulkActiveRequest;
import net.ocigateway.igc.api.Instance;
import net.ocigateway.igc.api.OciToken;
import net.ocigateway.igc.api.ServiceUserId;
import net.ocigateway.igc.settings.TemplateCatalog;
import org.apache.camel.ExchangeProperty;
import net.ocigateway.igc.api.ErrorCode;
import org.apache.camel.Exchange;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The first steps of every operation: decode the path once, and turn the body into a JSON object or into the
 * §3 error that says why it is not one. REST and JMS both arrive here with the path in headers.
 */
@Component
public class RequestReader {

    private static final int MAX_PATH_ID = 30;
    private static final Pattern SERVICE_USER_ID = Pattern.compile(ServiceUserId.PATTERN);

    private final ObjectMapper objectMapper;
    private final TemplateCatalog templates;
    private final int maxBodyBytes;

    public RequestReader(ObjectMapper objectMapper, TemplateCatalog templates,
            @Value("${igc.api.max-body-size:64KB}") DataSize maxBodySize) {
        this.objectMapper = objectMapper;
        this.templates = templates;
        this.maxBodyBytes = Math.toIntExact(maxBodySize.toBytes());
    }

    /**
     * Starts the operation's {@link ProvisioningRequest} from the path variables, refusing any that BroadWorks
     * could not hold before a command is built, and puts its request id on the exchange and in the MDC of the
     * route's thread (Camel carries it on to any other thread the exchange uses). The caller's token goes no
     * further than the security layer.
     */
    public void begin(Exchange exchange) {
        var message = exchange.getMessage();
        String requestId = RequestId.acceptOrGenerate(message.getHeader(RequestId.HEADER, String.class));
        exchange.setProperty(RequestId.EXCHANGE_PROPERTY, requestId);
        MDC.put(RequestId.MDC_KEY, requestId);
        message.removeHeader("Authorization");
        var request = new ProvisioningRequest(
                pathId("tenantId", message.getHeader("tenantId", String.class)),
                pathId("groupId", message.getHeader("groupId", String.class)),
                pathServiceUserId(message.getHeader("serviceUserId", String.class)));
        exchange.setProperty(ProvisioningRequest.PROPERTY, request);
    }

    /** Reads the body as a JSON object into the request and the exchange body. */
    public ObjectNode readJsonObject(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType != null && !isJson(contentType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "content type " + contentType + " is not supported; send application/json");
        }
        byte[] body = boundedBody(exchange);
        JsonNode json;
        try {
            json = body.length == 0 ? null : objectMapper.readTree(body);
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "body is not valid JSON" + where(e));
        }
        if (!(json instanceof ObjectNode object)) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "body must be a JSON object");
        }
        exchange.getProperty(ProvisioningRequest.PROPERTY, ProvisioningRequest.class).json(object);
        return object;
    }

    /** Deep-merges the named template's defaults under the body (API.md §5) before anything checks it. */
    public ObjectNode applyTemplate(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        JsonNode name = request.json().get("templateName");
        ObjectNode merged = templates.applyTo(name == null || name.isNull() ? null : name.asText(), request.json());
        request.json(merged);
        return merged;
    }

    /** The body as an {@link Instance}, for the bean validator. */
    public Instance bindInstance(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        Instance instance = bind(request.json(), Instance.class);
        request.instance(instance);
        return instance;
    }

    public BulkActiveRequest bindBulkActive(@ExchangeProperty(ProvisioningRequest.PROPERTY) ProvisioningRequest request) {
        return bind(request.json(), BulkActiveRequest.class);
    }

    /** Binds a JSON object to its record; a value of the wrong type is a validation error on that field. */
    public <T> T bind(ObjectNode json, Class<T> type) {
        try {
            return objectMapper.treeToValue(json, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            throw ApiException.invalidField(field, "has the wrong type" + expected(e));
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "body is not valid JSON" + where(e));
        }
    }

    private byte[] boundedBody(Exchange exchange) {
        Integer declared = exchange.getMessage().getHeader(Exchange.CONTENT_LENGTH, Integer.class);
        if (declared != null && declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            if (in == null) {
                return new byte[0];
            }
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "body could not be read");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "body is larger than " + maxBodyBytes + " bytes");
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** Where the body stopped parsing; Jackson's own words name Java types and echo the body, so they stay out. */
    private static String where(IOException e) {
        return e instanceof JsonProcessingException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
                : "";
    }

    /** The JSON type the field needs, in the caller's terms rather than a Java class name. */
    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "";
        }
        String json = type == Boolean.class || type == boolean.class ? "true or false"
                : Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class) ? "a number"
                : CharSequence.class.isAssignableFrom(type) || type.isEnum() ? "a string"
                : type.isArray() || Collection.class.isAssignableFrom(type) ? "an array"
                : "an object";
        return ": expected " + json;
    }

    /** A ServiceProviderId or GroupId: 1 to 30 characters that XML can carry, none of them a control. */
    private static String pathId(String field, String raw) {
        String value = pathVariable(raw);
        if (value != null && (value.isEmpty() || value.length() > MAX_PATH_ID || !OciToken.Validator.isPlainText(value))) {
            throw ApiException.invalidField(field, "must be 1 to " + MAX_PATH_ID + " characters, without control characters");
        }
        return value;
    }

    private static String pathServiceUserId(String raw) {
        String value = pathVariable(raw);
        if (value != null && (value.length() > ServiceUserId.MAX_LENGTH || !OciToken.Validator.isPlainText(value)
                || !SERVICE_USER_ID.matcher(value).matches())) {
            throw ApiException.invalidField("serviceUserId", "must be user@domain, 1 to " + ServiceUserId.MAX_LENGTH
                    + " characters, with exactly one @ and no spaces");
        }
        return value;
    }

    private static String pathVariable(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return decodePathVariable(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "path has a malformed percent-encoding or is not UTF-8");
        }
    }

    /**
     * Path variables arrive still percent-encoded from the HTTP layer; this is the one decoding of them, shared
     * with the security layer so both read the same tenant and group. {@code +} stays a plus; bytes that are not
     * UTF-8 (overlong forms included) are refused rather than replaced.
     *
     * @throws IllegalArgumentException for a malformed percent-encoding or bytes that are not UTF-8
     */
    public static String decodePathVariable(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (low < 0) {
                throw new IllegalArgumentException("malformed percent-encoding");
            }
            bytes.write(high << 4 | low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }
}
