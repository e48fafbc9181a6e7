package net.ocigateway.igc.simulator;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads XML into {@link XmlElement} trees with StAX; DTDs are refused, so no entity tricks get through. */
final class XmlTree {

    /** Factories are not documented as thread-safe, and creating one per request is wasteful. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlTree::hardenedFactory);

    private XmlTree() {}

    static XmlElement parse(String xml) throws XMLStreamException {
        return parse(FACTORY.get().createXMLStreamReader(new StringReader(xml)));
    }

    /** Parses bytes, letting the XML declaration (or the default UTF-8) pick the encoding. */
    static XmlElement parse(InputStream xml) throws XMLStreamException {
        return parse(FACTORY.get().createXMLStreamReader(xml));
    }

    private static XmlElement parse(XMLStreamReader reader) throws XMLStreamException {
        try {
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("DTDs are not accepted");
                    case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(reader));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions and the document's end carry nothing for OCI-P
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no root element");
            }
            return root;
        } finally {
            reader.close();
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static final class Builder {
        private final String namespace;
        private final String name;
        private final String type;
        private final boolean nil;
        private final Map<String, String> attributes = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(XMLStreamReader reader) {
            namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            name = reader.getLocalName();
            String typeValue = null;
            String nilValue = null;
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String attributeNamespace = reader.getAttributeNamespace(i);
                if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(attributeNamespace)) {
                    switch (reader.getAttributeLocalName(i)) {
                        case "type" -> typeValue = reader.getAttributeValue(i).trim();
                        case "nil" -> nilValue = reader.getAttributeValue(i).trim();
                        default -> {
                            // schemaLocation and friends do not matter here
                        }
                    }
                } else if (attributeNamespace == null || attributeNamespace.isEmpty()) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            }
            nil = "true".equals(nilValue) || "1".equals(nilValue);
            // The local part is enough: requests name no-namespace types, and real servers are lenient about xmlns="".
            type = typeValue == null ? null : typeValue.substring(typeValue.indexOf(':') + 1);
        }

        XmlElement build() {
            String content = children.isEmpty() ? text.toString() : "";
            return new XmlElement(namespace, name, type, nil, Map.copyOf(attributes), content, List.copyOf(children));
        }
    }
}
