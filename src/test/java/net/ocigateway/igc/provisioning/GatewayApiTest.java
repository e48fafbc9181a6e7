package net.ocigateway.igc.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.SentDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What the black-box API tests share: a portal's client on the started gateway, the schema check of every
 * OCI-P document the gateway sent, and the removal of every instance a test created.
 */
abstract class GatewayApiTest {

    static final String OTHER_IGC = "/api/v1/tenants/ApioSpTest/groups/ApioGrpOther/services/instant_group_calls/";
    static final String MINIMAL_PROFILE = "\"serviceInstanceProfile\": {\"name\": \"N\", \"cliLastName\": \"L\", \"cliFirstName\": \"F\"}";

    /** Keeps IDs unique across the test classes that share one started gateway and its simulated BroadWorks. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    GatewayClient client;
    private final List<String> createdUrls = new ArrayList<>();

    @BeforeEach
    void startRecording() {
        client = new GatewayClient(port);
        sentDocuments.clear();
    }

    @AfterEach
    void everyDocumentSentWasSchemaValidAndNothingIsLeftBehind() {
        try {
            sentDocuments.assertAllValid();
        } finally {
            createdUrls.forEach(client::delete);
        }
    }

    static String uniqueId(String prefix, String domain) {
        return prefix + SEQUENCE.incrementAndGet() + "@" + domain;
    }

    /** Creates an instance with a fresh ID in ApioGrpTest from the given body fields; answers its ID. */
    String create(String fields) {
        return createIn(GatewayClient.IGC, uniqueId("api", "sip.netaxis.be"), fields);
    }

    /** Creates {@code serviceUserId} in the collection {@code igcUrl}, removed again after the test. */
    String createIn(String igcUrl, String serviceUserId, String fields) {
        createdIn(igcUrl, serviceUserId, fields);
        return serviceUserId;
    }

    /** As {@link #createIn}, answering the create's 201 answer. */
    Answer createdIn(String igcUrl, String serviceUserId, String fields) {
        removeAfterTest(igcUrl, serviceUserId);
        Answer answer = client.post(igcUrl, "{\"serviceUserId\": \"" + serviceUserId + "\", " + fields + "}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    void removeAfterTest(String igcUrl, String serviceUserId) {
        createdUrls.add(igcUrl + serviceUserId + "/");
    }

    /** The {@code serviceUserId} of every command of the given OCI-P type sent since the test began, in order. */
    List<String> serviceUserIdsSentIn(String commandType) {
        List<String> ids = new ArrayList<>();
        for (String document : sentDocuments.documents()) {
            NodeList commands = parse(document).getElementsByTagName("command");
            for (int i = 0; i < commands.getLength(); i++) {
                Element command = (Element) commands.item(i);
                if (command.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type").endsWith(commandType)) {
                    ids.add(command.getElementsByTagName("serviceUserId").item(0).getTextContent());
                }
            }
        }
        return ids;
    }

    /** How many commands each document of the given OCI-P type held, one entry per document that held any. */
    List<Integer> commandsPerDocument(String commandType) {
        List<Integer> counts = new ArrayList<>();
        for (String document : sentDocuments.documents()) {
            NodeList commands = parse(document).getElementsByTagName("command");
            int count = 0;
            for (int i = 0; i < commands.getLength(); i++) {
                if (((Element) commands.item(i))
                        .getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type").endsWith(commandType)) {
                    count++;
                }
            }
            if (count > 0) {
                counts.add(count);
            }
        }
        return counts;
    }

    static JsonNode profileOf(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.body().path("serviceInstanceProfile");
    }

    static JsonNode detailsOf(Answer answer) {
        return answer.body().path("errors").path(0).path("details");
    }

    private static Element parse(String document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not an OCI-P document: " + document, e);
        }
    }
}
