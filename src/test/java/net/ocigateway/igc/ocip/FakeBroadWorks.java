package net.ocigateway.igc.ocip;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A BroadWorks ProvisioningService played on 127.0.0.1 for tests: SOAP in and out, a JSESSIONID per HTTP session,
 * the two-stage MD5 login, {@code [Error 4003]} for commands on a session that is not logged in, and a
 * SuccessResponse for every other command. {@link #answerCommandsWith} replaces the answer to command documents
 * (login and logout still work), to play failures.
 */
final class FakeBroadWorks implements AutoCloseable {

    static final String PATH = "/webservice/services/ProvisioningService";
    static final String PASSWORD = "password";

    /** One HTTP request as the fake saw it. */
    record Request(String path, Map<String, List<String>> headers, String jsessionId, String sessionId, List<String> types,
            Document oci) {}

    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws Exception;
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> loginsByJsessionId = new ConcurrentHashMap<>();
    final Map<String, Set<String>> sessionIdsByJsessionId = new ConcurrentHashMap<>();
    final List<String> logoutReasons = new CopyOnWriteArrayList<>();

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Map<String, String> nonces = new ConcurrentHashMap<>();
    private final Set<String> loggedIn = ConcurrentHashMap.newKeySet();
    private volatile Responder commandResponder;

    FakeBroadWorks() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    void answerCommandsWith(Responder responder) {
        commandResponder = responder;
    }

    /** BroadWorks forgets every login, as after a restart or a session timeout. */
    void forgetLogins() {
        loggedIn.clear();
    }

    int logins() {
        return loginsByJsessionId.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Request> commandRequests() {
        return requests.stream().filter(r -> !r.types().get(0).matches("Authentication.*|Login.*|Logout.*")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Document oci = ociDocument(exchange.getRequestBody().readAllBytes());
            String jsessionId = jsessionId(exchange);
            if (jsessionId == null) {
                jsessionId = UUID.randomUUID().toString();
                exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + jsessionId + "; Path=/; HttpOnly");
            }
            String sessionId = oci.getElementsByTagName("sessionId").item(0).getTextContent();
            List<Element> commands = elements(oci.getElementsByTagName("command"));
            List<String> types = commands.stream().map(c -> c.getAttributeNS(OciXml.XSI, "type")).toList();
            requests.add(new Request(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()),
                    jsessionId, sessionId, types, oci));
            sessionIdsByJsessionId.computeIfAbsent(jsessionId, k -> ConcurrentHashMap.newKeySet()).add(sessionId);
            Responder responder = commandResponder;
            if (responder != null && !types.get(0).matches("Authentication.*|Login.*|Logout.*")) {
                responder.respond(exchange);
                return;
            }
            List<String> answers = new ArrayList<>();
            for (Element command : commands) {
                answers.add(answer(jsessionId, command));
            }
            reply(exchange, 200, soap(document(sessionId, answers)), StandardCharsets.UTF_8);
        } catch (Exception e) {
            reply(exchange, 500, ("fake failed: " + e).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    private String answer(String jsessionId, Element command) throws Exception {
        String userId = text(command, "userId");
        switch (command.getAttributeNS(OciXml.XSI, "type")) {
            case "AuthenticationRequest" -> {
                String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
                nonces.put(jsessionId, nonce);
                return "<command echo=\"\" xsi:type=\"AuthenticationResponse\" xmlns=\"\"><userId>" + userId
                        + "</userId><nonce>" + nonce + "</nonce><passwordAlgorithm>MD5</passwordAlgorithm></command>";
            }
            case "LoginRequest14sp4" -> {
                String expected = md5(nonces.get(jsessionId) + ":" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-1").digest(PASSWORD.getBytes(StandardCharsets.UTF_8))));
                if (!expected.equals(text(command, "signedPassword"))) {
                    return error(4962, "Invalid password");
                }
                loggedIn.add(jsessionId);
                loginsByJsessionId.computeIfAbsent(jsessionId, k -> new AtomicInteger()).incrementAndGet();
                return "<command echo=\"\" xsi:type=\"LoginResponse14sp4\" xmlns=\"\"><loginType>Provisioning</loginType>"
                        + "<locale>en_US</locale><encoding>ISO-8859-1</encoding><isEnterprise>false</isEnterprise>"
                        + "<userDomain>acme.example</userDomain></command>";
            }
            case "LogoutRequest" -> {
                logoutReasons.add(text(command, "reason"));
                loggedIn.remove(jsessionId);
                return success();
            }
            default -> {
                return loggedIn.contains(jsessionId) ? success() : error(4003, "Not logged in");
            }
        }
    }

    /** Answers every command document with these commands, whatever it asked. */
    static Responder answering(String... commands) {
        return exchange -> reply(exchange, 200, soap(document("s", List.of(commands))), StandardCharsets.UTF_8);
    }

    static String success() {
        return "<command echo=\"\" xsi:type=\"c:SuccessResponse\" xmlns:c=\"C\" xmlns=\"\"/>";
    }

    static String error(int code, String text) {
        return "<command type=\"Error\" echo=\"\" xsi:type=\"c:ErrorResponse\" xmlns:c=\"C\" xmlns=\"\"><summary>[Error "
                + code + "] " + escape(text) + "</summary><summaryEnglish>[Error " + code + "] " + escape(text)
                + "</summaryEnglish></command>";
    }

    static String document(String sessionId, List<String> commands) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><BroadsoftDocument protocol=\"OCI\" xmlns=\"C\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><sessionId xmlns=\"\">" + sessionId
                + "</sessionId>" + String.join("", commands) + "</BroadsoftDocument>";
    }

    /** The answer envelope as the public capture shows it: unqualified wrapper, qualified return element. */
    static byte[] soap(String ociDocument) {
        return soap(ociDocument, StandardCharsets.UTF_8);
    }

    static byte[] soap(String ociDocument, Charset charset) {
        return ("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>"
                        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<processOCIMessageResponse xmlns=\"\"><ns1:processOCIMessageReturn "
                        + "xmlns:ns1=\"urn:com:broadsoft:webservice\">" + escape(ociDocument)
                        + "</ns1:processOCIMessageReturn></processOCIMessageResponse></soapenv:Body></soapenv:Envelope>")
                .getBytes(charset);
    }

    static void reply(HttpExchange exchange, int status, byte[] body, Charset charset) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=" + charset.name());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Document ociDocument(byte[] soapBody) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document envelope = factory.newDocumentBuilder().parse(new ByteArrayInputStream(soapBody));
        String ociText = envelope.getElementsByTagNameNS("urn:com:broadsoft:webservice", "in0").item(0).getTextContent();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ociText.getBytes(StandardCharsets.UTF_8)));
    }

    private static String jsessionId(HttpExchange exchange) {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie == null) {
            return null;
        }
        for (String part : cookie.split(";")) {
            String[] pair = part.strip().split("=", 2);
            if (pair[0].equals("JSESSIONID")) {
                return pair[1];
            }
        }
        return null;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
