package net.ocigateway.igc;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Records every OCI-P document the gateway sends to BroadWorks over HTTP, so black-box tests can check each
 * one against the R25 schema after the calls a user made.
 */
public class SentDocuments extends EventNotifierSupport {

    private final List<String> documents = new CopyOnWriteArrayList<>();

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent sending
                && sending.getEndpoint().getEndpointUri().startsWith("http");
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeSendingEvent) event).getExchange();
        documents.add(innerDocument(exchange.getMessage().getBody(String.class)));
    }

    public List<String> documents() {
        return List.copyOf(documents);
    }

    public void clear() {
        documents.clear();
    }

    /** Validates everything sent since the last {@link #clear()} and answers how many documents that was. */
    public int assertAllValid() {
        List<String> sent = documents();
        sent.forEach(OcipSchema::assertValid);
        return sent.size();
    }

    /** The OCI-P document travels as the text of the SOAP body's only grandchild. */
    private static String innerDocument(String soapEnvelope) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document envelope = factory.newDocumentBuilder().parse(new InputSource(new StringReader(soapEnvelope)));
            Node child = envelope.getElementsByTagNameNS("*", "processOCIMessage").item(0).getFirstChild();
            while (child.getNodeType() != Node.ELEMENT_NODE) {
                child = child.getNextSibling();
            }
            return child.getTextContent();
        } catch (Exception e) {
            throw new AssertionError("not a SOAP processOCIMessage request: " + soapEnvelope, e);
        }
    }
}
