package net.ocigateway.igc.ocip;

import static net.ocigateway.igc.ocip.OciXml.child;
import static net.ocigateway.igc.ocip.OciXml.children;
import static net.ocigateway.igc.ocip.OciXml.text;
import static net.ocigateway.igc.ocip.OciXml.texts;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.EnterpriseDepartmentKey;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListResponse18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupGetResponse22V5;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.OciTable;
import net.ocigateway.igc.ocip.command.ServiceInstanceReadProfile19sp1;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import net.ocigateway.igc.ocip.command.WarningResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads OCI-P answer documents into the response records: one response per {@code command}, in order, chosen by
 * the local part of its {@code xsi:type}. Anything that is not a well-formed answer of a known shape is reported
 * as {@link BroadWorksUnavailableException}.
 */
final class OciDocumentParser {

    private static final Logger LOG = LoggerFactory.getLogger(OciDocumentParser.class);
    private static final Pattern SUMMARY_CODE = Pattern.compile("^\\[Error (\\d+)\\]");

    private static final Map<String, Function<Element, OciResponse>> RESPONSES = Map.of(
            "SuccessResponse", command -> new SuccessResponse(),
            "ErrorResponse", OciDocumentParser::errorOrWarning,
            "GroupInstantGroupCallGetInstanceListResponse",
                    command -> new GroupInstantGroupCallGetInstanceListResponse(
                            table(command, "instantGroupCallTable")),
            "GroupInstantGroupCallGetInstanceResponse19sp1", OciDocumentParser::instanceResponse,
            "GroupGetResponse22V5", OciDocumentParser::groupResponse,
            "GroupDepartmentGetListResponse18",
                    command -> new GroupDepartmentGetListResponse18(table(command, "departmentTable")));

    private static final Map<String, Function<Element, SessionAnswer>> SESSION_ANSWERS = Map.of(
            "AuthenticationResponse", command -> new SessionAnswer.Nonce(required(command, "nonce")),
            "LoginResponse14sp4", command -> new SessionAnswer.Accepted(),
            "LoginResponse22V5", command -> new SessionAnswer.Accepted(),
            "SuccessResponse", command -> new SessionAnswer.Accepted(),
            "ErrorResponse", command -> new SessionAnswer.Refused(errorResponse(command)));

    private OciDocumentParser() {}

    /**
     * The responses in {@code document}, which must answer exactly {@code expectedCommands} commands.
     *
     * @throws BroadWorksUnavailableException for malformed XML, a DOCTYPE, an unknown response type or a count
     *     that does not match the request
     */
    static List<OciResponse> parse(String document, int expectedCommands) {
        List<OciResponse> responses = commands(document, RESPONSES);
        if (responses.size() != expectedCommands) {
            throw malformed("BroadWorks answered " + responses.size() + " commands to a document of "
                    + expectedCommands);
        }
        return responses;
    }

    /** The answer to a one-command login or logout document. */
    static SessionAnswer sessionAnswer(String document) {
        List<SessionAnswer> answers = commands(document, SESSION_ANSWERS);
        if (answers.size() != 1) {
            throw malformed("BroadWorks answered " + answers.size() + " commands to a one-command login document");
        }
        return answers.get(0);
    }

    /** What a login, authentication or logout command got back. */
    sealed interface SessionAnswer {
        record Nonce(String nonce) implements SessionAnswer {}

        record Accepted() implements SessionAnswer {}

        record Refused(ErrorResponse error) implements SessionAnswer {}
    }

    private static <T> List<T> commands(String document, Map<String, Function<Element, T>> readers) {
        Element root;
        try {
            root = OciXml.parse(new InputSource(new StringReader(document))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new BroadWorksUnavailableException("BroadWorks answered with malformed OCI-P XML: " + e.getMessage(), e);
        }
        if (!"BroadsoftDocument".equals(root.getLocalName())) {
            throw malformed("BroadWorks answered with <" + root.getLocalName() + ">, not a BroadsoftDocument");
        }
        List<T> answers = new ArrayList<>();
        for (Element command : children(root, "command")) {
            String type = OciXml.xsiType(command);
            Function<Element, T> reader = readers.get(type);
            if (reader == null) {
                throw malformed("BroadWorks answered with an unexpected command type '" + type + "'");
            }
            try {
                answers.add(reader.apply(command));
            } catch (IllegalArgumentException e) {
                throw new BroadWorksUnavailableException(
                        "BroadWorks sent an unreadable answer (" + type + "): " + e.getMessage(), e);
            }
        }
        return answers;
    }

    /** A warning is a success with something to say; {@code Error} and {@code Info} stay errors, as before. */
    private static OciResponse errorOrWarning(Element command) {
        ErrorResponse error = errorResponse(command);
        if ("Warning".equals(command.getAttribute("type"))) {
            LOG.warn("BroadWorks answered with a warning: {}", error.summaryEnglish());
            return new WarningResponse(error.code(), error.summary(), error.summaryEnglish(), error.detail());
        }
        return error;
    }

    private static ErrorResponse errorResponse(Element command) {
        String summary = text(command, "summary");
        String errorCode = text(command, "errorCode");
        Integer code = errorCode != null ? Integer.valueOf(errorCode.strip()) : summaryCode(summary);
        return new ErrorResponse(code, summary, text(command, "summaryEnglish"), text(command, "detail"));
    }

    private static Integer summaryCode(String summary) {
        Matcher m = summary == null ? null : SUMMARY_CODE.matcher(summary.strip());
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static GroupInstantGroupCallGetInstanceResponse19sp1 instanceResponse(Element command) {
        Element profile = child(command, "serviceInstanceProfile");
        if (profile == null) {
            throw new IllegalArgumentException("no serviceInstanceProfile");
        }
        return new GroupInstantGroupCallGetInstanceResponse19sp1(
                new ServiceInstanceReadProfile19sp1(
                        text(profile, "name"),
                        text(profile, "callingLineIdLastName"),
                        text(profile, "callingLineIdFirstName"),
                        text(profile, "hiraganaLastName"),
                        text(profile, "hiraganaFirstName"),
                        text(profile, "phoneNumber"),
                        text(profile, "extension"),
                        text(profile, "countryCode"),
                        text(profile, "nationalPrefix"),
                        department(child(profile, "department")),
                        text(profile, "language"),
                        text(profile, "timeZone"),
                        text(profile, "timeZoneDisplayName"),
                        texts(profile, "alias"),
                        text(profile, "publicUserIdentity"),
                        text(profile, "callingLineIdPhoneNumber")),
                texts(command, "destinationPhoneNumber"),
                bool(required(command, "isAnswerTimeoutEnabled")),
                integer(text(command, "answerTimeoutMinutes")),
                text(command, "networkClassOfService"));
    }

    private static DepartmentKey department(Element department) {
        if (department == null || OciXml.isNil(department)) {
            return null;
        }
        String type = OciXml.xsiType(department);
        return switch (type) {
            case "GroupDepartmentKey" -> new GroupDepartmentKey(
                    text(department, "serviceProviderId"), text(department, "groupId"), text(department, "name"));
            case "EnterpriseDepartmentKey" -> new EnterpriseDepartmentKey(
                    text(department, "serviceProviderId"), text(department, "name"));
            default -> throw new IllegalArgumentException("unknown department type '" + type + "'");
        };
    }

    private static GroupGetResponse22V5 groupResponse(Element command) {
        return new GroupGetResponse22V5(
                text(command, "defaultDomain"),
                text(command, "groupName"),
                text(command, "callingLineIdPhoneNumber"),
                text(command, "timeZone"),
                text(command, "serviceProviderId"),
                text(command, "groupId"));
    }

    private static OciTable table(Element command, String name) {
        Element table = child(command, name);
        if (table == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return new OciTable(
                texts(table, "colHeading"),
                children(table, "row").stream().map(row -> texts(row, "col")).toList());
    }

    private static String required(Element parent, String name) {
        String value = text(parent, name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    private static boolean bool(String value) {
        return switch (value.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + value + "' is not a boolean");
        };
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value.strip());
    }

    private static BroadWorksUnavailableException malformed(String message) {
        return new BroadWorksUnavailableException(message, null);
    }
}
