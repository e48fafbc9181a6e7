package net.ocigateway.igc.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.0 over a plain socket, for request lines no HTTP client library would send: malformed escapes, raw
 * control characters, bytes that are not UTF-8.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private RawHttp() {}

    static Answer send(int port, String method, byte[] target, String token, String body) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write((method + " ").getBytes(StandardCharsets.US_ASCII));
            request.write(target);
            StringBuilder head = new StringBuilder(" HTTP/1.0\r\nHost: 127.0.0.1\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            request.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            request.write(content);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.toByteArray());
                out.flush();
            } catch (SocketException refusedEarly) {
                // Tomcat may answer a malformed request line and close before the rest is written: its answer
                // is still there to read.
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(answer.substring(9, 12)), headEnd < 0 ? "" : answer.substring(headEnd + 4));
        } catch (IOException e) {
            throw new AssertionError(method + " " + new String(target, StandardCharsets.ISO_8859_1) + " failed: " + e, e);
        }
    }

    static Answer send(int port, String method, String target, String token, String body) {
        return send(port, method, target.getBytes(StandardCharsets.UTF_8), token, body);
    }
}
