package net.ocigateway.igc.ocip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The SOAP 1.1 wrapping of BroadWorks' {@code processOCIMessage} operation: the OCI-P document travels as escaped
 * text in {@code in0} and comes back as text in {@code processOCIMessageReturn}.
 */
final class SoapEnvelope {

    static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String BROADWORKS_NS = "urn:com:broadsoft:webservice";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    /** The JDK's StAX reader with DTDs and external entities off: a DOCTYPE is reported, never processed. */
    private static final XMLInputFactory INPUT = hardenedInput();

    private SoapEnvelope() {}

    /** The UTF-8 SOAP request carrying {@code ociDocument}. */
    static byte[] wrap(String ociDocument) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("soapenv", "Envelope", SOAP_ENV);
            xml.writeNamespace("soapenv", SOAP_ENV);
            xml.writeStartElement("soapenv", "Body", SOAP_ENV);
            xml.writeStartElement("", "processOCIMessage", BROADWORKS_NS);
            xml.writeDefaultNamespace(BROADWORKS_NS);
            xml.writeStartElement("", "in0", BROADWORKS_NS);
            xml.writeCharacters(ociDocument);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SOAP envelope could not be written", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The OCI-P document inside a SOAP answer, decoded by the envelope's own XML declaration. Read as a stream,
     * to the end so a truncated envelope is refused: the envelope is only a wrapper, not worth a DOM of its own.
     *
     * @throws BroadWorksUnavailableException for a SOAP fault (with its faultstring) or a body that is not a
     *     well-formed processOCIMessage answer
     */
    static String unwrap(byte[] body) {
        String document = null;
        try {
            XMLStreamReader xml = INPUT.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new BroadWorksUnavailableException("BroadWorks' SOAP answer has a DOCTYPE", null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Fault")) {
                        String fault = faultOf(body);
                        throw new BroadWorksUnavailableException("BroadWorks answered with a SOAP fault: "
                                + (fault == null ? "(not well-formed)" : fault), null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && document == null
                            && xml.getLocalName().equals("processOCIMessageReturn")) {
                        document = xml.getElementText();
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BroadWorksUnavailableException(
                    "BroadWorks' SOAP answer is not well-formed XML: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new BroadWorksUnavailableException("BroadWorks' SOAP answer has no processOCIMessageReturn", null);
        }
        return document;
    }

    /** The faultstring of a SOAP fault in {@code body}, or null when the body is not a SOAP fault. */
    static String faultOf(byte[] body) {
        try {
            Element fault = OciXml.descendant(parse(body), "Fault");
            return fault == null ? null : faultString(fault);
        } catch (BroadWorksUnavailableException notSoap) {
            return null;
        }
    }

    private static XMLInputFactory hardenedInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static String faultString(Element fault) {
        String text = OciXml.text(fault, "faultstring");
        return text == null ? "(no faultstring)" : text.strip();
    }

    private static Element parse(byte[] body) {
        try {
            return OciXml.parse(new InputSource(new ByteArrayInputStream(body))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new BroadWorksUnavailableException(
                    "BroadWorks' SOAP answer is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
