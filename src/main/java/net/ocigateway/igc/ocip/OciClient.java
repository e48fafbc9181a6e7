package net.ocigateway.igc.ocip;

import java.util.List;
import net.ocigateway.igc.RequestId;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Sends OCI-P commands to BroadWorks over SOAP on a pooled, logged-in session. */
@Component
public class OciClient {

    public static final int MAX_COMMANDS_PER_DOCUMENT = 15;

    private static final Logger LOG = LoggerFactory.getLogger(OciClient.class);

    private final OciSessionPool sessions;
    private final OciSoapTransport transport;
    private final SessionLostAnswers sessionLost;
    private final BroadWorksCircuitBreaker circuitBreaker;

    public OciClient(OciSessionPool sessions, OciSoapTransport transport, BroadWorksProperties properties,
            BroadWorksCircuitBreaker circuitBreaker) {
        this.sessions = sessions;
        this.transport = transport;
        this.sessionLost = new SessionLostAnswers(properties);
        this.circuitBreaker = circuitBreaker;
    }

    /**
     * Sends the commands in one OCI-P document (one round trip) and answers one response per command, in
     * order. An {@code ErrorResponse} is an answer, not an exception: OCI-P documents are not transactional.
     * When BroadWorks answers that the session is no longer logged in (a code in {@code session-lost-codes} or a
     * summary matching {@code session-lost-patterns}), the session logs in again and the document is sent once
     * more; a session whose transport failed is replaced by a fresh one. The request id in the caller's MDC, if any, goes with each command as its echo.
     *
     * @throws IllegalArgumentException for no commands, more than {@value #MAX_COMMANDS_PER_DOCUMENT}, or
     *     values a document cannot carry
     * @throws BroadWorksException when no OCI-P answer could be had, or at once while the circuit breaker is open
     */
    public List<OciResponse> send(List<OciRequest> commands) {
        if (commands.isEmpty() || commands.size() > MAX_COMMANDS_PER_DOCUMENT) {
            throw new IllegalArgumentException(
                    "send 1 to " + MAX_COMMANDS_PER_DOCUMENT + " commands per document, not " + commands.size());
        }
        return circuitBreaker.call(() -> sendOnPooledSession(commands));
    }

    private List<OciResponse> sendOnPooledSession(List<OciRequest> commands) {
        OciSession session = sessions.acquire();
        List<OciResponse> answers;
        try {
            answers = sendOn(session, commands);
            if (sessionLost.sessionLost(answers)) {
                LOG.info("BroadWorks no longer knows an OCI-P session; logging it in again and resending");
                session.markLoggedOut();
                answers = sendOn(session, commands);
            }
        } catch (BroadWorksException e) {
            sessions.discard(session);
            throw e;
        } catch (RuntimeException e) {
            sessions.release(session);
            throw e;
        }
        sessions.release(session);
        return answers;
    }

    private List<OciResponse> sendOn(OciSession session, List<OciRequest> commands) {
        String document = OciDocumentWriter.write(session.sessionId(), commands, MDC.get(RequestId.MDC_KEY));
        sessions.loginIfNeeded(session);
        return OciDocumentParser.parse(transport.exchange(session, document), commands.size());
    }
}
