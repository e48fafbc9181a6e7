package net.ocigateway.igc.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one OCI-P request document: checks the envelope, then runs each command in order (not transactionally)
 * and writes one response per command, echoing the sessionId, the trackingId and each command's echo.
 */
final class OciDocumentProcessor {

    static final int MAX_COMMANDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(OciDocumentProcessor.class);
    private static final Pattern SECRETS =
            Pattern.compile("<((?:\\w+:)?(?:password|plainTextPassword|signedPassword))>[^<]*</\\1>");

    private final Map<String, OciCommand> commands = new HashMap<>();
    private final ToIntFunction<SimulatorError> errorCodes;
    private final Supplier<Duration> sessionIdleTimeout;

    OciDocumentProcessor(
            ToIntFunction<SimulatorError> errorCodes,
            Supplier<Duration> sessionIdleTimeout,
            LoginCommands login,
            InstantGroupCallCommands instantGroupCalls,
            GroupCommands groups) {
        this.errorCodes = errorCodes;
        this.sessionIdleTimeout = sessionIdleTimeout;
        login.register(commands);
        instantGroupCalls.register(commands);
        groups.register(commands);
    }

    /**
     * Answers {@code document}, sent within the HTTP session that holds {@code sessionsOfCookie}, as a document
     * that declares ISO-8859-1.
     */
    String answer(String document, ConcurrentHashMap<String, OciSession> sessionsOfCookie) throws MalformedOciDocument {
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCI-P request: {}", masked(document));
        }
        XmlElement root;
        try {
            root = XmlTree.parse(document);
        } catch (XMLStreamException e) {
            throw new MalformedOciDocument("the OCI-P document is not well-formed XML: " + e.getMessage(), e);
        }
        if (!"BroadsoftDocument".equals(root.name()) || !OciXmlWriter.OCI_NAMESPACE.equals(root.namespace())) {
            throw new MalformedOciDocument("the root element must be BroadsoftDocument in namespace C", null);
        }
        List<XmlElement> children = root.children();
        if (children.isEmpty() || !"sessionId".equals(children.get(0).name())) {
            throw new MalformedOciDocument("the document must start with sessionId (session-less requests are not served)", null);
        }
        String sessionId = children.get(0).text();
        int next = 1;
        String trackingId = null;
        if (next < children.size() && "trackingId".equals(children.get(next).name())) {
            trackingId = children.get(next++).text();
        }
        List<XmlElement> requests = children.subList(next, children.size());
        if (requests.isEmpty()) {
            throw new MalformedOciDocument("the document holds no command", null);
        }
        String documentProblem = documentProblem(root, requests);
        SessionKey key = new SessionKey(sessionsOfCookie, sessionId);
        List<OciAnswer> answers = new ArrayList<>(requests.size());
        for (XmlElement request : requests) {
            answers.add(documentProblem == null ? run(request, key) : reject(documentProblem, requests.size()));
        }
        String answer = write(sessionId, trackingId, requests, answers);
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCI-P answer: {}", masked(answer));
        }
        return answer;
    }

    /** Problems of the document as a whole, which every command is answered with. */
    private static String documentProblem(XmlElement root, List<XmlElement> requests) {
        if (requests.size() > MAX_COMMANDS) {
            return "";
        }
        String protocol = root.attribute("protocol");
        if (!"OCI".equals(protocol) && !"NSOCI".equals(protocol)) {
            return "attribute protocol of BroadsoftDocument must be OCI or NSOCI";
        }
        for (XmlElement request : requests) {
            if (!"command".equals(request.name())) {
                return "unexpected element '" + request.name() + "' in BroadsoftDocument";
            }
        }
        return null;
    }

    private static OciAnswer reject(String documentProblem, int commandCount) {
        CommandRejected rejected = documentProblem.isEmpty()
                ? new CommandRejected(SimulatorError.TOO_MANY_COMMANDS, commandCount)
                : CommandRejected.invalid(documentProblem);
        return OciAnswer.Error.of(rejected);
    }

    private OciAnswer run(XmlElement request, SessionKey key) {
        String type = request.type();
        OciCommand command = type == null ? null : commands.get(type);
        if (command == null) {
            return OciAnswer.Error.of(CommandRejected.invalid("unknown or unsupported command type '" + type + "'"));
        }
        if (!LoginCommands.ALLOWED_BEFORE_LOGIN.contains(type)) {
            OciSession session = key.find();
            if (session != null && session.loggedIn() && session.idleFor(sessionIdleTimeout.get())) {
                // As a real server does after its idle timeout: the session is gone, the client must log in again.
                key.end();
                session = null;
            }
            if (session == null || !session.loggedIn()) {
                return OciAnswer.Error.of(new CommandRejected(SimulatorError.NOT_LOGGED_IN));
            }
            session.touch();
        }
        try {
            return command.run(request, key);
        } catch (CommandRejected rejected) {
            return OciAnswer.Error.of(rejected);
        }
    }

    private String write(String sessionId, String trackingId, List<XmlElement> requests, List<OciAnswer> answers) {
        return OciXmlWriter.document(out -> {
            out.startRoot();
            out.unqualifiedElement("sessionId", sessionId);
            if (trackingId != null) {
                out.unqualifiedElement("trackingId", trackingId);
            }
            for (int i = 0; i < answers.size(); i++) {
                String echo = requests.get(i).attribute("echo");
                writeCommand(out, echo == null ? "" : echo, answers.get(i));
            }
            out.end();
        });
    }

    private void writeCommand(OciXmlWriter out, String echo, OciAnswer answer) {
        if (answer instanceof OciAnswer.Error error) {
            out.startCommand(echo, "c:ErrorResponse", false);
            out.attribute("type", "Error");
            int code = errorCodes.applyAsInt(error.error());
            String summary = "[Error " + code + "] " + error.summary();
            out.element("errorCode", code);
            out.element("summary", summary);
            out.element("summaryEnglish", summary);
            out.end();
        } else if (answer instanceof OciAnswer.Data data) {
            out.startCommand(echo, data.type(), false);
            data.body().accept(out);
            out.end();
        } else {
            out.startCommand(echo, "c:SuccessResponse", true);
        }
    }

    private static String masked(String document) {
        return SECRETS.matcher(document).replaceAll("<$1>****</$1>");
    }
}
