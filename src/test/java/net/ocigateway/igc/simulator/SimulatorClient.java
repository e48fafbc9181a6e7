package net.ocigateway.igc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import net.ocigateway.igc.OcipSchema;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** A hand-written OCI-P over SOAP client for the simulator tests: one cookie jar and one sessionId. */
final class SimulatorClient {

    static final String ADMIN = "ociadmin";
    static final String ADMIN_PASSWORD = "ociadmin-demo";

    final HttpClient http;
    final CookieManager cookies = new CookieManager();
    final URI endpoint;
    final String sessionId;

    SimulatorClient(int port) {
        this(port, UUID.randomUUID().toString());
    }

    /** A client with its own cookie jar but a chosen OCI-P sessionId. */
    SimulatorClient(int port, String sessionId) {
        this.sessionId = sessionId;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/webservice/services/ProvisioningService");
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    HttpResponse<String> post(String soapEnvelope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(soapEnvelope, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String envelope(String ociDocument) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
                  <soapenv:Body>
                    <processOCIMessage xmlns="urn:com:broadsoft:webservice"><in0>%s</in0></processOCIMessage>
                  </soapenv:Body>
                </soapenv:Envelope>"""
                .formatted(escape(ociDocument));
    }

    String document(String commands) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <BroadsoftDocument protocol="OCI" xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <sessionId xmlns="">%s</sessionId>
                %s
                </BroadsoftDocument>"""
                .formatted(sessionId, commands);
    }

    /** Sends the commands in one document; answers the inner OCI-P answer, checked against the R25 schema. */
    String send(String commands) throws Exception {
        HttpResponse<String> response = post(envelope(document(commands)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String answer = ociAnswerOf(response.body());
        OcipSchema.assertValid(answer);
        return answer;
    }

    static String ociAnswerOf(String soapAnswer) throws Exception {
        Document soap = parse(soapAnswer);
        return soap.getElementsByTagNameNS("urn:com:broadsoft:webservice", "processOCIMessageReturn")
                .item(0)
                .getTextContent();
    }

    void login() throws Exception {
        String nonce = xpath(send("""
                <command xmlns="" xsi:type="AuthenticationRequest"><userId>ociadmin</userId></command>"""),
                "/*/command/nonce");
        String answer = send("""
                <command xmlns="" xsi:type="LoginRequest14sp4"><userId>ociadmin</userId><signedPassword>%s</signedPassword></command>"""
                .formatted(sign(nonce, ADMIN_PASSWORD)));
        assertThat(xpath(answer, "/*/command/loginType")).isEqualTo("System");
    }

    static String sign(String nonce, String password) throws Exception {
        HexFormat hex = HexFormat.of();
        String sha1 = hex.formatHex(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8)));
        return hex.formatHex(MessageDigest.getInstance("MD5").digest((nonce + ":" + sha1).getBytes(StandardCharsets.UTF_8)));
    }

    static String xpath(String xml, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, parse(xml));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
