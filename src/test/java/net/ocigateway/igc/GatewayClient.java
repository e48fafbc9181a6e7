package net.ocigateway.igc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A portal's view of the gateway: plain HTTP calls with JSON bodies, answers read as a user reads them. It calls
 * as the demo System Admin unless told to call as another demo user, with a given token, or without one.
 */
public final class GatewayClient {

    public static final String SYSTEM_ADMIN = "demo-system";

    public static final String IGC = "/api/v1/tenants/ApioSpTest/groups/ApioGrpTest/services/instant_group_calls/";
    public static final String IGC_ACTIVE = "/api/v1/tenants/ApioSpTest/groups/ApioGrpTest/services/instant_group_calls_active/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Tokens of demo users by server and username: each logs in once per server, not once per test. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String username;
    private final String token;

    public GatewayClient(int port) {
        this("http://127.0.0.1:" + port, SYSTEM_ADMIN, null);
    }

    private GatewayClient(String base, String username, String token) {
        this.base = base;
        this.username = username;
        this.token = token;
    }

    /** Calls as a demo user, whose password is its name followed by {@code -pass}. */
    public GatewayClient as(String demoUser) {
        return new GatewayClient(base, demoUser, null);
    }

    /** Calls with exactly this token. */
    public GatewayClient withToken(String bearerToken) {
        return new GatewayClient(base, null, bearerToken);
    }

    /** Calls without any token. */
    public GatewayClient anonymous() {
        return new GatewayClient(base, null, null);
    }

    public Answer login(String user, String password) {
        return exchange("POST", "/api/v1/login/", loginBody(user, password), "application/json", null);
    }

    public static String loginBody(String user, String password) {
        return JSON.createObjectNode().put("username", user).put("password", password).toString();
    }

    /** This client's token: the given one, or its demo user's, logged in on first use. */
    public String token() {
        return username == null ? token : TOKENS.computeIfAbsent(base + " " + username, key -> freshToken());
    }

    private String freshToken() {
        Answer login = login(username, username + "-pass");
        if (login.status() != 200) {
            throw new AssertionError("login as " + username + " failed: " + login);
        }
        return login.body().path("token").asText();
    }

    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code message} of the first error, e.g. {@code VALIDATION_ERROR}. */
        public String error() {
            return body.path("errors").path(0).path("message").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Answer get(String path) {
        return send("GET", path, null, null);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    /** A request with its body, content type and further headers as name-value pairs. */
    public Answer send(String method, String path, String body, String contentType, String... headers) {
        Answer answer = exchange(method, path, body, contentType, token(), headers);
        if (answer.status() == 401 && username != null) {
            // A token kept from an earlier server on the same port: log in again, once.
            TOKENS.remove(base + " " + username);
            answer = exchange(method, path, body, contentType, token(), headers);
        }
        return answer;
    }

    private Answer exchange(String method, String path, String body, String contentType, String bearer,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode json = response.body().isEmpty() || !isJson ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
