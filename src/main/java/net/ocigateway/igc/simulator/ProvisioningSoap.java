package net.ocigateway.igc.simulator;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The SOAP 1.1 side of BroadWorks' ProvisioningService: unwraps {@code processOCIMessage}, wraps answers as the
 * real Axis server does (unqualified {@code processOCIMessageResponse}, return element in
 * {@code urn:com:broadsoft:webservice}), writes faults and the WSDL. The OCI-P documents travel as escaped text.
 */
final class ProvisioningSoap {

    static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SERVICE_NAMESPACE = "urn:com:broadsoft:webservice";
    private static final String WSDL_NAMESPACE = "http://schemas.xmlsoap.org/wsdl/";
    private static final String WSDL_SOAP_NAMESPACE = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private ProvisioningSoap() {}

    /** The OCI-P document inside {@code processOCIMessage}: the text of its single child, whatever its name. */
    static String ociDocumentOf(InputStream soapRequest) throws SoapFault {
        XmlElement envelope;
        try {
            envelope = XmlTree.parse(soapRequest);
        } catch (XMLStreamException e) {
            throw new SoapFault("Client", "the request is not well-formed XML: " + e.getMessage());
        }
        if (!"Envelope".equals(envelope.name()) || !SOAP_NAMESPACE.equals(envelope.namespace())) {
            throw new SoapFault("Client", "the request is not a SOAP 1.1 Envelope");
        }
        XmlElement body = envelope.children().stream()
                .filter(child -> "Body".equals(child.name()) && SOAP_NAMESPACE.equals(child.namespace()))
                .findFirst()
                .orElseThrow(() -> new SoapFault("Client", "the Envelope has no Body"));
        if (body.children().size() != 1 || !"processOCIMessage".equals(body.children().get(0).name())) {
            throw new SoapFault("Client", "the Body must hold one processOCIMessage element");
        }
        XmlElement operation = body.children().get(0);
        if (operation.children().size() != 1 || !operation.children().get(0).children().isEmpty()) {
            throw new SoapFault("Client", "processOCIMessage must hold one text parameter (in0)");
        }
        return operation.children().get(0).text();
    }

    static byte[] answer(String ociDocument) {
        return envelope(out -> {
            out.writeStartElement("", "processOCIMessageResponse", "");
            out.writeDefaultNamespace("");
            out.writeStartElement("ns1", "processOCIMessageReturn", SERVICE_NAMESPACE);
            out.writeNamespace("ns1", SERVICE_NAMESPACE);
            out.writeCharacters(ociDocument);
            out.writeEndElement();
            out.writeEndElement();
        });
    }

    static byte[] fault(SoapFault fault) {
        return envelope(out -> {
            out.writeStartElement("soapenv", "Fault", SOAP_NAMESPACE);
            writeText(out, "faultcode", "soapenv:" + fault.faultCode());
            writeText(out, "faultstring", fault.getMessage());
            out.writeEndElement();
        });
    }

    /** A document/literal wrapped WSDL, as generated clients (PHP SoapClient, JAX-WS, WCF) expect. */
    static byte[] wsdl(String address) {
        return write(out -> {
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("wsdl", "definitions", WSDL_NAMESPACE);
            out.writeNamespace("wsdl", WSDL_NAMESPACE);
            out.writeNamespace("wsdlsoap", WSDL_SOAP_NAMESPACE);
            out.writeNamespace("xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
            out.writeNamespace("impl", SERVICE_NAMESPACE);
            out.writeAttribute("targetNamespace", SERVICE_NAMESPACE);

            out.writeStartElement("wsdl", "types", WSDL_NAMESPACE);
            out.writeStartElement("xsd", "schema", XMLConstants.W3C_XML_SCHEMA_NS_URI);
            out.writeAttribute("targetNamespace", SERVICE_NAMESPACE);
            out.writeAttribute("elementFormDefault", "qualified");
            writeWrapper(out, "processOCIMessage", "in0");
            writeWrapper(out, "processOCIMessageResponse", "processOCIMessageReturn");
            out.writeEndElement();
            out.writeEndElement();

            writeMessage(out, "processOCIMessageRequest", "impl:processOCIMessage");
            writeMessage(out, "processOCIMessageResponse", "impl:processOCIMessageResponse");

            out.writeStartElement("wsdl", "portType", WSDL_NAMESPACE);
            out.writeAttribute("name", "BWProvisioningService");
            out.writeStartElement("wsdl", "operation", WSDL_NAMESPACE);
            out.writeAttribute("name", "processOCIMessage");
            writeEmpty(out, WSDL_NAMESPACE, "wsdl", "input", "message", "impl:processOCIMessageRequest");
            writeEmpty(out, WSDL_NAMESPACE, "wsdl", "output", "message", "impl:processOCIMessageResponse");
            out.writeEndElement();
            out.writeEndElement();

            out.writeStartElement("wsdl", "binding", WSDL_NAMESPACE);
            out.writeAttribute("name", "ProvisioningServiceSoapBinding");
            out.writeAttribute("type", "impl:BWProvisioningService");
            out.writeEmptyElement("wsdlsoap", "binding", WSDL_SOAP_NAMESPACE);
            out.writeAttribute("style", "document");
            out.writeAttribute("transport", "http://schemas.xmlsoap.org/soap/http");
            out.writeStartElement("wsdl", "operation", WSDL_NAMESPACE);
            out.writeAttribute("name", "processOCIMessage");
            writeEmpty(out, WSDL_SOAP_NAMESPACE, "wsdlsoap", "operation", "soapAction", "");
            for (String direction : new String[] {"input", "output"}) {
                out.writeStartElement("wsdl", direction, WSDL_NAMESPACE);
                writeEmpty(out, WSDL_SOAP_NAMESPACE, "wsdlsoap", "body", "use", "literal");
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndElement();

            out.writeStartElement("wsdl", "service", WSDL_NAMESPACE);
            out.writeAttribute("name", "BWProvisioningServiceService");
            out.writeStartElement("wsdl", "port", WSDL_NAMESPACE);
            out.writeAttribute("name", "ProvisioningService");
            out.writeAttribute("binding", "impl:ProvisioningServiceSoapBinding");
            writeEmpty(out, WSDL_SOAP_NAMESPACE, "wsdlsoap", "address", "location", address);
            out.writeEndElement();
            out.writeEndElement();

            out.writeEndElement();
            out.writeEndDocument();
        });
    }

    private static void writeWrapper(XMLStreamWriter out, String element, String parameter) throws XMLStreamException {
        out.writeStartElement("xsd", "element", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        out.writeAttribute("name", element);
        out.writeStartElement("xsd", "complexType", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        out.writeStartElement("xsd", "sequence", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        out.writeEmptyElement("xsd", "element", XMLConstants.W3C_XML_SCHEMA_NS_URI);
        out.writeAttribute("name", parameter);
        out.writeAttribute("type", "xsd:string");
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void writeMessage(XMLStreamWriter out, String name, String element) throws XMLStreamException {
        out.writeStartElement("wsdl", "message", WSDL_NAMESPACE);
        out.writeAttribute("name", name);
        out.writeEmptyElement("wsdl", "part", WSDL_NAMESPACE);
        out.writeAttribute("name", "parameters");
        out.writeAttribute("element", element);
        out.writeEndElement();
    }

    private static void writeEmpty(XMLStreamWriter out, String namespace, String prefix, String name, String attribute,
            String value) throws XMLStreamException {
        out.writeEmptyElement(prefix, name, namespace);
        out.writeAttribute(attribute, value);
    }

    private static void writeText(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    @FunctionalInterface
    private interface Content {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static byte[] envelope(Content body) {
        return write(out -> {
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("soapenv", "Envelope", SOAP_NAMESPACE);
            out.writeNamespace("soapenv", SOAP_NAMESPACE);
            out.writeNamespace("xsd", XMLConstants.W3C_XML_SCHEMA_NS_URI);
            out.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
            out.writeStartElement("soapenv", "Body", SOAP_NAMESPACE);
            body.write(out);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndDocument();
        });
    }

    private static byte[] write(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            content.write(out);
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing SOAP to memory failed", e);
        }
        return bytes.toByteArray();
    }
}
