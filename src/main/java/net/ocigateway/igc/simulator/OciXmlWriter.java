package net.ocigateway.igc.simulator;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the simulator's answer documents with StAX. Data responses' elements are in no namespace, as the OCI-P
 * command schemas have no target namespace.
 */
final class OciXmlWriter {

    static final String OCI_NAMESPACE = "C";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final StringWriter buffer = new StringWriter(1024);
    private final XMLStreamWriter out;

    private OciXmlWriter() {
        try {
            out = FACTORY.createXMLStreamWriter(buffer);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an answer document that declares ISO-8859-1, as real servers do. */
    static String document(Consumer<OciXmlWriter> content) {
        OciXmlWriter writer = new OciXmlWriter();
        run(() -> writer.out.writeStartDocument("ISO-8859-1", "1.0"));
        content.accept(writer);
        run(() -> {
            writer.out.writeEndDocument();
            writer.out.close();
        });
        return latin1(writer.buffer.toString());
    }

    void start(String name) {
        run(() -> out.writeStartElement(name));
    }

    /** Writes an element that resets the default namespace, as {@code sessionId} does. */
    void unqualifiedElement(String name, String text) {
        run(() -> {
            out.writeStartElement("", name, "");
            out.writeDefaultNamespace("");
            out.writeCharacters(text);
            out.writeEndElement();
        });
    }

    /**
     * Starts a response {@code command} with its echo. A type of namespace C ({@code c:SuccessResponse},
     * {@code c:ErrorResponse}) gets the prefix declared; data responses are unprefixed. Call {@link #end()} unless
     * {@code empty}.
     */
    void startCommand(String echo, String xsiType, boolean empty) {
        run(() -> {
            if (empty) {
                out.writeEmptyElement("", "command", "");
            } else {
                out.writeStartElement("", "command", "");
            }
            out.writeAttribute("echo", echo);
            out.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type", xsiType);
            if (xsiType.startsWith("c:")) {
                out.writeNamespace("c", OCI_NAMESPACE);
            }
            out.writeDefaultNamespace("");
        });
    }

    void startRoot() {
        run(() -> {
            out.writeStartElement("", "BroadsoftDocument", OCI_NAMESPACE);
            out.writeDefaultNamespace(OCI_NAMESPACE);
            out.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
            out.writeAttribute("protocol", "OCI");
        });
    }

    void attribute(String name, String value) {
        run(() -> out.writeAttribute(name, value));
    }

    void type(String type) {
        run(() -> out.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type", type));
    }

    void end() {
        run(out::writeEndElement);
    }

    /** Writes {@code <name>text</name>}; nothing when {@code text} is {@code null}, {@code <name/>} when empty. */
    void element(String name, String text) {
        if (text == null) {
            return;
        }
        run(() -> {
            if (text.isEmpty()) {
                out.writeEmptyElement(name);
            } else {
                out.writeStartElement(name);
                out.writeCharacters(text);
                out.writeEndElement();
            }
        });
    }

    void element(String name, Object value) {
        element(name, value == null ? null : value.toString());
    }

    /** An OCITable: headings, then one {@code row} of {@code col}s per entry; {@code null} cells become empty. */
    void table(String name, List<String> headings, List<List<String>> rows) {
        start(name);
        headings.forEach(heading -> element("colHeading", heading));
        for (List<String> row : rows) {
            start("row");
            row.forEach(cell -> element("col", cell == null ? "" : cell));
            end();
        }
        end();
    }

    /**
     * Makes the text true to its ISO-8859-1 declaration: characters beyond Latin-1 become character references.
     * Only text and attribute values can hold them here, where references are allowed.
     */
    static String latin1(String xml) {
        StringBuilder escaped = null;
        for (int i = 0; i < xml.length(); ) {
            int codePoint = xml.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint > 0xFF) {
                if (escaped == null) {
                    escaped = new StringBuilder(xml.length() + 16).append(xml, 0, i);
                }
                escaped.append("&#").append(codePoint).append(';');
            } else if (escaped != null) {
                escaped.appendCodePoint(codePoint);
            }
            i += width;
        }
        return escaped == null ? xml : escaped.toString();
    }

    @FunctionalInterface
    private interface XmlStep {
        void write() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        try {
            step.write();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory failed", e);
        }
    }
}
