package net.ocigateway.igc.ocip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import net.ocigateway.igc.ocip.OciDocumentParser.SessionAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs OCI-P sessions in and out: the two-stage AuthenticationRequest + LoginRequest14sp4 with an MD5-signed
 * password by default, or LoginRequest22V5 with the plain password when configured (https only).
 */
@Component
public class OciLogin {

    private static final Logger LOG = LoggerFactory.getLogger(OciLogin.class);
    private static final HexFormat HEX = HexFormat.of();

    private final BroadWorksProperties properties;
    private final OciSoapTransport transport;

    public OciLogin(BroadWorksProperties properties, OciSoapTransport transport) {
        this.properties = properties;
        this.transport = transport;
    }

    /**
     * {@code lowercase hex MD5(nonce + ":" + lowercase hex SHA1(password))}, as LoginRequest14sp4 expects.
     */
    static String signedPassword(String nonce, String password) {
        String passwordHash = HEX.formatHex(digest("SHA-1", password));
        return HEX.formatHex(digest("MD5", nonce + ":" + passwordHash));
    }

    /** @throws BroadWorksUnavailableException when BroadWorks refuses the login */
    void login(OciSession session) {
        String userId = properties.userId();
        if (properties.login() == BroadWorksProperties.Login.PLAIN) {
            accepted(exchange(session, OciDocumentWriter.loginRequest22V5(session.sessionId(), userId, properties.password())));
        } else {
            SessionAnswer challenge = exchange(session, OciDocumentWriter.authenticationRequest(session.sessionId(), userId));
            if (!(challenge instanceof SessionAnswer.Nonce nonce)) {
                throw refused(challenge);
            }
            String signed = signedPassword(nonce.nonce(), properties.password());
            accepted(exchange(session, OciDocumentWriter.loginRequest14sp4(session.sessionId(), userId, signed)));
        }
        session.markLoggedIn();
    }

    /** Best effort: a refused logout is only logged, because the session ends either way. */
    void logout(OciSession session) {
        SessionAnswer answer = exchange(session, OciDocumentWriter.logoutRequest(session.sessionId(), properties.userId()));
        if (answer instanceof SessionAnswer.Refused refused) {
            LOG.info("BroadWorks refused an OCI-P logout: {}", refused.error().summaryEnglish());
        }
        session.markLoggedOut();
    }

    private SessionAnswer exchange(OciSession session, String document) {
        return OciDocumentParser.sessionAnswer(transport.exchange(session, document));
    }

    private void accepted(SessionAnswer answer) {
        if (!(answer instanceof SessionAnswer.Accepted)) {
            throw refused(answer);
        }
    }

    private BroadWorksUnavailableException refused(SessionAnswer answer) {
        String reason = answer instanceof SessionAnswer.Refused refused
                ? refused.error().summaryEnglish()
                : "unexpected answer " + answer;
        return new BroadWorksUnavailableException(
                "BroadWorks refused the OCI-P login of " + properties.userId() + ": " + reason, null);
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
