package net.ocigateway.igc.ocip;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.ocigateway.igc.ocip.command.Change;
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListRequest18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupGetRequest22V5;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceRequest19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.ServiceActivation;
import net.ocigateway.igc.ocip.command.ServiceInstanceAddProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceModifyProfile;
import net.ocigateway.igc.ocip.command.UserModifyUserIdRequest;

/**
 * Writes OCI-P request documents (R25 element order) with StAX, so user text is always character data and can
 * never become markup. Documents are UTF-8 with a matching declaration.
 *
 * <p>A {@code Change} that sets an empty list ({@code destinationPhoneNumberList}, {@code sipAliasList}) is
 * written as {@code xsi:nil="true"}: the schema forbids an empty replacement list and "replace with nothing"
 * means "clear".
 */
final class OciDocumentWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final int MAX_ALIASES = 3;
    private static final String CLEARED_DEPARTMENT_TYPE = "GroupDepartmentKey";
    private static final Pattern SECRET_TEXT =
            Pattern.compile("(<(password|plainTextPassword|signedPassword)(\\s[^>]*)?>)[^<]*(</\\2>)");

    private OciDocumentWriter() {}

    /**
     * One document carrying {@code commands} in order, each with {@code echo} (when not null) as its echo
     * attribute: BroadWorks returns it and its own logs show it, so a request id ties both sides' logs together.
     *
     * @throws IllegalArgumentException for no commands, more than {@link OciClient#MAX_COMMANDS_PER_DOCUMENT},
     *     more than three aliases, or text XML cannot carry (control characters)
     */
    static String write(String sessionId, List<OciRequest> commands, String echo) {
        if (commands.isEmpty() || commands.size() > OciClient.MAX_COMMANDS_PER_DOCUMENT) {
            throw new IllegalArgumentException("an OCI-P document carries 1 to " + OciClient.MAX_COMMANDS_PER_DOCUMENT
                    + " commands, not " + commands.size());
        }
        return document(sessionId, out -> {
            for (OciRequest command : commands) {
                out.command(command.xsiType(), echo, () -> writeRequest(out, command));
            }
        });
    }

    static String authenticationRequest(String sessionId, String userId) {
        return document(sessionId, out -> out.command("AuthenticationRequest", null, () -> out.element("userId", userId)));
    }

    static String loginRequest14sp4(String sessionId, String userId, String signedPassword) {
        return document(sessionId, out -> out.command("LoginRequest14sp4", null, () -> {
            out.element("userId", userId);
            out.element("signedPassword", signedPassword);
        }));
    }

    static String loginRequest22V5(String sessionId, String userId, String password) {
        return document(sessionId, out -> out.command("LoginRequest22V5", null, () -> {
            out.element("userId", userId);
            out.element("password", password);
        }));
    }

    static String logoutRequest(String sessionId, String userId) {
        return document(sessionId, out -> out.command("LogoutRequest", null, () -> {
            out.element("userId", userId);
            out.element("reason", "Client Logout");
        }));
    }

    /** The document with the text of every password element replaced by {@code ******}, for logging. */
    static String maskSecrets(String document) {
        return SECRET_TEXT.matcher(document).replaceAll("$1******$4");
    }

    private static void writeRequest(Out out, OciRequest command) throws XMLStreamException {
        if (command instanceof GroupInstantGroupCallAddInstanceRequest14 add) {
            out.element("serviceProviderId", add.serviceProviderId());
            out.element("groupId", add.groupId());
            out.element("serviceUserId", add.serviceUserId());
            writeAddProfile(out, add.serviceInstanceProfile());
            out.elements("destinationPhoneNumber", add.destinationPhoneNumber());
            out.element("isAnswerTimeoutEnabled", add.isAnswerTimeoutEnabled());
            out.element("answerTimeoutMinutes", add.answerTimeoutMinutes());
            out.element("networkClassOfService", add.networkClassOfService());
        } else if (command instanceof GroupInstantGroupCallModifyInstanceRequest modify) {
            out.element("serviceUserId", modify.serviceUserId());
            if (modify.serviceInstanceProfile() != null) {
                out.parent("serviceInstanceProfile", () -> writeModifyProfile(out, modify.serviceInstanceProfile()));
            }
            out.replacementList("destinationPhoneNumberList", "phoneNumber", modify.destinationPhoneNumberList());
            out.element("isAnswerTimeoutEnabled", modify.isAnswerTimeoutEnabled());
            out.change("answerTimeoutMinutes", modify.answerTimeoutMinutes(), v -> out.element("answerTimeoutMinutes", v));
            out.element("networkClassOfService", modify.networkClassOfService());
        } else if (command instanceof GroupInstantGroupCallGetInstanceRequest19sp1 get) {
            out.element("serviceUserId", get.serviceUserId());
        } else if (command instanceof GroupInstantGroupCallDeleteInstanceRequest delete) {
            out.element("serviceUserId", delete.serviceUserId());
        } else if (command instanceof GroupInstantGroupCallGetInstanceListRequest list) {
            out.element("serviceProviderId", list.serviceProviderId());
            out.element("groupId", list.groupId());
            out.element("groupDepartmentName", list.groupDepartmentName());
        } else if (command instanceof GroupInstantGroupCallModifyActiveInstanceListRequest activation) {
            for (ServiceActivation each : activation.serviceActivation()) {
                out.parent("serviceActivation", () -> {
                    out.element("serviceUserId", each.serviceUserId());
                    out.element("isActive", each.isActive());
                });
            }
        } else if (command instanceof GroupGetRequest22V5 group) {
            out.element("serviceProviderId", group.serviceProviderId());
            out.element("groupId", group.groupId());
        } else if (command instanceof GroupDepartmentGetListRequest18 departments) {
            out.element("serviceProviderId", departments.serviceProviderId());
            out.element("groupId", departments.groupId());
            out.element("includeEnterpriseDepartments", departments.includeEnterpriseDepartments());
        } else if (command instanceof UserModifyUserIdRequest rename) {
            out.element("userId", rename.userId());
            out.element("newUserId", rename.newUserId());
        } else {
            throw new IllegalArgumentException("no OCI-P writer for " + command.xsiType());
        }
    }

    private static void writeAddProfile(Out out, ServiceInstanceAddProfile profile) throws XMLStreamException {
        if (profile.aliases().size() > MAX_ALIASES) {
            throw new IllegalArgumentException("at most " + MAX_ALIASES + " aliases, not " + profile.aliases().size());
        }
        out.parent("serviceInstanceProfile", () -> {
            out.element("name", profile.name());
            out.element("callingLineIdLastName", profile.callingLineIdLastName());
            out.element("callingLineIdFirstName", profile.callingLineIdFirstName());
            out.element("hiraganaLastName", profile.hiraganaLastName());
            out.element("hiraganaFirstName", profile.hiraganaFirstName());
            out.element("phoneNumber", profile.phoneNumber());
            out.element("extension", profile.extension());
            out.element("password", profile.password());
            if (profile.department() != null) {
                out.department(profile.department());
            }
            out.element("language", profile.language());
            out.element("timeZone", profile.timeZone());
            out.elements("alias", profile.aliases());
            out.element("publicUserIdentity", profile.publicUserIdentity());
            out.element("callingLineIdPhoneNumber", profile.callingLineIdPhoneNumber());
        });
    }

    private static void writeModifyProfile(Out out, ServiceInstanceModifyProfile profile) throws XMLStreamException {
        if (profile.sipAliasList() instanceof Change.SetTo<List<String>> aliases
                && aliases.value().size() > MAX_ALIASES) {
            throw new IllegalArgumentException("at most " + MAX_ALIASES + " aliases, not " + aliases.value().size());
        }
        out.element("name", profile.name());
        out.element("callingLineIdLastName", profile.callingLineIdLastName());
        out.element("callingLineIdFirstName", profile.callingLineIdFirstName());
        out.element("hiraganaLastName", profile.hiraganaLastName());
        out.element("hiraganaFirstName", profile.hiraganaFirstName());
        out.change("phoneNumber", profile.phoneNumber(), v -> out.element("phoneNumber", v));
        out.change("extension", profile.extension(), v -> out.element("extension", v));
        out.element("password", profile.password());
        out.change("department", profile.department(), out::department);
        out.element("language", profile.language());
        out.element("timeZone", profile.timeZone());
        out.replacementList("sipAliasList", "sipAlias", profile.sipAliasList());
        out.change("publicUserIdentity", profile.publicUserIdentity(), v -> out.element("publicUserIdentity", v));
        out.change(
                "callingLineIdPhoneNumber",
                profile.callingLineIdPhoneNumber(),
                v -> out.element("callingLineIdPhoneNumber", v));
    }

    private static String document(String sessionId, Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            Out out = new Out(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("BroadsoftDocument");
            xml.writeAttribute("protocol", "OCI");
            xml.writeDefaultNamespace("C");
            xml.writeNamespace("xsi", OciXml.XSI);
            xml.writeStartElement("sessionId");
            xml.writeDefaultNamespace("");
            out.characters(sessionId);
            xml.writeEndElement();
            body.write(out);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("OCI-P document could not be written", e);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Body {
        void write(Out out) throws XMLStreamException;
    }

    @FunctionalInterface
    private interface Children {
        void write() throws XMLStreamException;
    }

    @FunctionalInterface
    private interface ValueWriter<T> {
        void write(T value) throws XMLStreamException;
    }

    /** The element shapes OCI-P uses, over one StAX writer; a null value leaves its element out. */
    private record Out(XMLStreamWriter xml) {

        void command(String xsiType, String echo, Children children) throws XMLStreamException {
            xml.writeStartElement("command");
            xml.writeDefaultNamespace("");
            xml.writeAttribute("xsi", OciXml.XSI, "type", xsiType);
            if (echo != null) {
                checkXmlCharacters(echo);
                xml.writeAttribute("echo", echo);
            }
            children.write();
            xml.writeEndElement();
        }

        void parent(String name, Children children) throws XMLStreamException {
            xml.writeStartElement(name);
            children.write();
            xml.writeEndElement();
        }

        void element(String name, Object value) throws XMLStreamException {
            if (value != null) {
                xml.writeStartElement(name);
                characters(value.toString());
                xml.writeEndElement();
            }
        }

        void elements(String name, List<String> values) throws XMLStreamException {
            for (String value : values) {
                element(name, value);
            }
        }

        void nil(String name, String xsiType) throws XMLStreamException {
            xml.writeEmptyElement(name);
            if (xsiType != null) {
                xml.writeAttribute("xsi", OciXml.XSI, "type", xsiType);
            }
            xml.writeAttribute("xsi", OciXml.XSI, "nil", "true");
        }

        <T> void change(String name, Change<T> change, ValueWriter<T> value) throws XMLStreamException {
            if (change instanceof Change.SetTo<T> set) {
                value.write(set.value());
            } else if (change instanceof Change.Clear<T>) {
                // DepartmentKey is abstract: a nil department still needs a concrete type to be schema-valid.
                nil(name, name.equals("department") ? CLEARED_DEPARTMENT_TYPE : null);
            }
        }

        void replacementList(String name, String itemName, Change<List<String>> change) throws XMLStreamException {
            if (change instanceof Change.SetTo<List<String>> set && set.value().isEmpty()) {
                nil(name, null);
            } else {
                change(name, change, items -> parent(name, () -> elements(itemName, items)));
            }
        }

        void department(DepartmentKey department) throws XMLStreamException {
            xml.writeStartElement("department");
            xml.writeAttribute("xsi", OciXml.XSI, "type", department.getClass().getSimpleName());
            element("serviceProviderId", department.serviceProviderId());
            if (department instanceof GroupDepartmentKey group) {
                element("groupId", group.groupId());
            }
            element("name", department.name());
            xml.writeEndElement();
        }

        void characters(String text) throws XMLStreamException {
            checkXmlCharacters(text);
            xml.writeCharacters(text);
        }

        /** XML 1.0 cannot carry most control characters at all; refuse them rather than send a broken document. */
        private static void checkXmlCharacters(String text) {
            text.codePoints()
                    .filter(c -> !(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)))
                    .findFirst()
                    .ifPresent(c -> {
                        throw new IllegalArgumentException(
                                "text holds a character XML cannot carry: U+" + Integer.toHexString(c));
                    });
        }
    }
}
