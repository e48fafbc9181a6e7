package net.ocigateway.igc.ocip;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The command types of OCI-P documents the client sent, so tests can see logins and resends on the wire. */
final class SentCommands {

    private SentCommands() {}

    /** The {@code xsi:type} of each command in {@code documents}, in sending order. */
    static List<String> typesIn(List<String> documents) {
        List<String> types = new ArrayList<>();
        documents.forEach(document -> types.addAll(typesIn(document)));
        return types;
    }

    static List<String> typesIn(String document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList commands = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(document)))
                    .getElementsByTagNameNS("*", "command");
            List<String> types = new ArrayList<>();
            for (int i = 0; i < commands.getLength(); i++) {
                types.add(((Element) commands.item(i)).getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type"));
            }
            return types;
        } catch (Exception e) {
            throw new AssertionError("not an OCI-P document: " + document, e);
        }
    }
}
