package net.ocigateway.igc.security;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.SentDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies and paths, by hand and generated: every one is a clear 4xx in the API's error shape, never a
 * 5xx, and nothing invalid reaches BroadWorks.
 */
@GatewayTest
class HostileInputTest {

    /** Writes every non-ASCII character as a JSON escape, so lone surrogates arrive as the escapes a client sent. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String TENANT = "ApioSpTest";
    private static final String GROUP = "ApioGrpTest";
    private static final String ID = "fuzz@sip.netaxis.be";

    /** Path segments no tenant, group or service user ID may be; each is refused before any OCI-P call. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("..", "%2e%2e", "%2E%2e%2F", "a%2Fb", "a%00b", "a%zzb",
            "a%", "a%4", "a%01b", "a%7Fb", "a%C0%AEb", "a%ED%A0%80b", "a%EF%BF%BEb", "a%0D%0Ab", "a%0Ab", "a;b", "a b",
            "a\\b", "a\u0001b", "a\tb", "a%09b", "a%25b", "a<b>", "a\"b", "a{b}", "a|b", "x".repeat(31), "x".repeat(5000),
            "%C3%28", "%F0%28%8C%BC", "%E2%82", "a%u0041b");

    /** Service user IDs that break the user@domain rule in ways a path segment allows. */
    private static final List<String> HOSTILE_IDS = List.of("a@b@c", "@sip.netaxis.be", "a@", "a%20b@c", "a%40b%40c",
            "a%09@b", "a%C2%85@b", "a%EF%BF%BF@b", "x".repeat(160) + "@y", "a%00@b", "a%2F@b", "a%0A@b");

    /** Values no string field of the API accepts. */
    private static final List<String> HOSTILE_VALUES = List.of("\u0000", "a\u0007b", "a\nb\u0085", "\ud800", "x\udc00y",
            "\ufffe", "\uffff", "x".repeat(200), "\u001b[31m", "a\u007fb");

    private static final List<String> STRING_FIELDS = List.of("serviceUserId", "serviceInstanceProfile.name",
            "serviceInstanceProfile.cliLastName", "serviceInstanceProfile.cliFirstName",
            "serviceInstanceProfile.hiraganaLastName", "serviceInstanceProfile.hiraganaFirstName",
            "serviceInstanceProfile.phoneNumber", "serviceInstanceProfile.extension", "serviceInstanceProfile.password",
            "serviceInstanceProfile.language", "serviceInstanceProfile.timeZone",
            "serviceInstanceProfile.publicUserIdentity", "serviceInstanceProfile.cliPhoneNumber",
            "serviceInstanceProfile.department.departmentName", "serviceInstanceProfile.department.tenantId",
            "serviceInstanceProfile.department.groupId", "networkClassOfService");

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port);
        sentDocuments.clear();
    }

    @AfterEach
    void nothingReachedBroadWorks() {
        assertThat(sentDocuments.documents()).isEmpty();
    }

    @Test
    void deeplyNestedJsonIsMalformed() {
        String nested = "{\"serviceInstanceProfile\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertRefused(client.post(IGC, nested), 400, "MALFORMED_JSON");
        assertRefused(client.post(IGC, "[".repeat(30_000)), 400, "MALFORMED_JSON");
        assertRefused(client.post(IGC, "{\"answerTimeoutMinutes\": 1" + "0".repeat(500) + "}"), 400, "MALFORMED_JSON");
    }

    @Test
    void hugeArraysAreRefusedWhole() {
        ArrayNode numbers = JSON.createArrayNode();
        for (int i = 0; i < 5000; i++) {
            numbers.add("+32" + i);
        }
        ObjectNode create = base();
        create.set("destinationPhoneNumbers", numbers);
        assertRefused(client.post(IGC, text(create)), 400, "VALIDATION_ERROR");
        ArrayNode services = JSON.createArrayNode();
        for (int i = 0; i < 1500; i++) {
            services.addObject().put("serviceUserId", "s" + i + "@x").put("active", true);
        }
        assertRefused(client.put(IGC_ACTIVE, text(JSON.createObjectNode().set("services", services))), 400,
                "VALIDATION_ERROR");
    }

    @Test
    void everyStringFieldRefusesControlAndNonXmlCharacters() {
        for (String field : STRING_FIELDS) {
            for (String value : HOSTILE_VALUES) {
                ObjectNode body = with(base(), field, value);
                Answer answer = client.post(IGC, text(body));
                assertRefused(answer, 400, "VALIDATION_ERROR");
                assertThat(answer.body().path("errors").findValuesAsText("field")).as(field + " " + answer)
                        .anyMatch(named -> named.equals(field) || named.startsWith(field + "."));
            }
        }
    }

    @Test
    void xmlInFormattedFieldsIsRefusedAndInFreeTextIsDataNotMarkup() {
        String injection = "</name><isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled><name>";
        for (String field : List.of("serviceUserId", "serviceInstanceProfile.phoneNumber",
                "serviceInstanceProfile.extension", "serviceInstanceProfile.publicUserIdentity",
                "serviceInstanceProfile.cliPhoneNumber")) {
            assertRefused(client.post(IGC, text(with(base(), field, injection))), 400, "VALIDATION_ERROR");
        }
        assertRefused(client.put(IGC_ACTIVE, """
                {"services": [{"serviceUserId": "a]]><command xsi:type=\\"GroupDeleteRequest\\">@x", "active": true}]}"""),
                400, "VALIDATION_ERROR");
    }

    @Test
    void theFuzzerFindsNoServerErrorNoForeignShapeAndNoTrafficForInvalidInput() {
        Random random = new Random(20_251_128L);
        String token = client.token();
        for (int i = 0; i < 400; i++) {
            boolean hostilePath = random.nextBoolean();
            Operation operation = Operation.values()[random.nextInt(Operation.values().length)];
            byte[] path = hostilePath ? hostilePath(random, operation) : validPath(operation);
            String body = operation.hasBody ? (hostilePath ? text(base()) : hostileBody(random, operation)) : null;
            if (!hostilePath && body == null) {
                path = hostilePath(random, operation);
            }
            RawHttp.Answer answer = RawHttp.send(port, operation.method, path, token, body);
            String request = operation + " " + new String(path, StandardCharsets.ISO_8859_1) + " " + abbreviate(body);
            assertThat(answer.status()).as(request + " -> " + answer).isBetween(400, 499);
            JsonNode error = answer.json().path("errors").path(0);
            assertThat(error.path("code").isInt()).as(request + " -> " + answer).isTrue();
            assertThat(error.path("message").asText()).as(request + " -> " + answer).matches("[A-Z_]+");
            assertThat(error.path("details").path("reason").asText()).as(request + " -> " + answer).isNotBlank();
            assertThat(sentDocuments.documents()).as(request + " -> " + answer).isEmpty();
        }
    }

    private enum Operation {
        LIST("GET", false, false), GET("GET", false, true), CREATE("POST", true, false), UPDATE("PUT", true, true),
        DELETE("DELETE", false, true), BULK("PUT", true, false), LOGIN("POST", true, false);

        final String method;
        final boolean hasBody;
        final boolean hasId;

        Operation(String method, boolean hasBody, boolean hasId) {
            this.method = method;
            this.hasBody = hasBody;
            this.hasId = hasId;
        }
    }

    private static byte[] validPath(Operation operation) {
        return path(operation, TENANT, GROUP, ID).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hostilePath(Random random, Operation operation) {
        String segment = HOSTILE_SEGMENTS.get(random.nextInt(HOSTILE_SEGMENTS.size()));
        if (operation == Operation.LOGIN) {
            return ("/api/v1/login/" + segment).getBytes(StandardCharsets.UTF_8);
        }
        int place = random.nextInt(operation.hasId ? 3 : 2);
        String target = path(operation, place == 0 ? segment : TENANT, place == 1 ? segment : GROUP,
                place == 2 ? (random.nextBoolean() ? segment : HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()))) : ID);
        return target.getBytes(StandardCharsets.UTF_8);
    }

    private static String path(Operation operation, String tenant, String group, String id) {
        return switch (operation) {
            case LOGIN -> "/api/v1/login/";
            case BULK -> "/api/v1/tenants/" + tenant + "/groups/" + group + "/services/instant_group_calls_active/";
            default -> "/api/v1/tenants/" + tenant + "/groups/" + group + "/services/instant_group_calls/"
                    + (operation.hasId ? id + "/" : "");
        };
    }

    /** A body with at least one thing no operation accepts. */
    private static String hostileBody(Random random, Operation operation) {
        List<UnaryOperator<String>> breakers = List.of(
                valid -> "[".repeat(65 + random.nextInt(2000)),
                valid -> "{\"a\":" + "{\"a\":".repeat(70) + "1" + "}".repeat(71),
                valid -> valid.substring(0, random.nextInt(valid.length())),
                valid -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                valid -> "[" + valid + "]",
                valid -> "\"" + valid.replace("\"", "'") + "\"",
                valid -> "{\"services\": 1e999999, \"username\": [], \"serviceInstanceProfile\": 7}",
                valid -> "{\"pad\": \"" + "x".repeat(70_000) + "\"}",
                valid -> valid.replaceFirst(":\\s*\"[^\"]*\"",
                        ": " + text(JSON.valueToTree(hostileValue(random))).replace("\\", "\\\\")));
        String valid = switch (operation) {
            case BULK -> "{\"services\": [{\"serviceUserId\": \"" + ID + "\", \"active\": true}]}";
            case LOGIN -> GatewayClient.loginBody("demo-system", "wrong-" + random.nextInt());
            default -> text(base());
        };
        if (operation != Operation.LOGIN && operation != Operation.BULK && random.nextBoolean()) {
            return text(with(base(), STRING_FIELDS.get(random.nextInt(STRING_FIELDS.size())), hostileValue(random)));
        }
        if (operation == Operation.BULK && random.nextBoolean()) {
            return "{\"services\": [{\"serviceUserId\": " + text(JSON.valueToTree(hostileValue(random))) + ", \"active\": true}]}";
        }
        return breakers.get(random.nextInt(breakers.size())).apply(valid);
    }

    private static String hostileValue(Random random) {
        return HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
    }

    private static ObjectNode base() {
        ObjectNode body = JSON.createObjectNode().put("serviceUserId", ID);
        body.putObject("serviceInstanceProfile").put("name", "N").put("cliLastName", "L").put("cliFirstName", "F");
        return body;
    }

    /** Sets a dotted field, making the objects on its way. */
    private static ObjectNode with(ObjectNode body, String field, String value) {
        String[] parts = field.split("\\.");
        ObjectNode node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        if (field.contains("department") && !node.has("tenantId")) {
            node.put("tenantId", TENANT).put("groupId", GROUP).put("departmentName", "test_department_initial");
        }
        node.put(parts[parts.length - 1], value);
        return body;
    }

    private static void assertRefused(Answer answer, int status, String error) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.error()).as(answer.toString()).isEqualTo(error);
        assertThat(answer.body().path("errors").path(0).path("details").path("reason").asText()).isNotBlank();
    }

    private static String text(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
