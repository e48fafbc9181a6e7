package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.OciValues.USER_ID_MAX;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The login state machine: AuthenticationRequest hands out a nonce, LoginRequest14sp4 checks the signed password
 * against it, LoginRequest22V5 takes a plain password, LogoutRequest ends the session.
 */
final class LoginCommands {

    /** The commands a session may send before it is logged in. */
    static final Set<String> ALLOWED_BEFORE_LOGIN =
            Set.of("AuthenticationRequest", "LoginRequest14sp4", "LoginRequest22V5", "LogoutRequest");

    private static final Set<String> LOGOUT_REASONS =
            Set.of("Client Logout", "Server Connection Failure", "Open Client Server Forced Logout");

    private final Map<String, Administrator> administrators;
    private final SecureRandom random = new SecureRandom();

    LoginCommands(Map<String, Administrator> administrators) {
        this.administrators = Map.copyOf(administrators);
    }

    void register(Map<String, OciCommand> commands) {
        commands.put("AuthenticationRequest", this::authenticate);
        commands.put("LoginRequest14sp4", this::login14sp4);
        commands.put("LoginRequest22V5", this::login22V5);
        commands.put("LogoutRequest", this::logout);
    }

    /** {@code lowercase hex MD5(nonce + ":" + lowercase hex SHA-1(password))}, as every OCI-P client computes it. */
    static String signedPassword(String nonce, String password) {
        String passwordHash = HexFormat.of().formatHex(digest("SHA-1", password));
        return HexFormat.of().formatHex(digest("MD5", nonce + ":" + passwordHash));
    }

    /** A nonce is handed out whether or not the user exists, so the answer does not reveal who does. */
    private OciAnswer authenticate(XmlElement command, SessionKey key) {
        CommandReader request = new CommandReader(command);
        String userId = request.token("userId", 1, USER_ID_MAX);
        request.end();
        OciSession session = key.findOrCreate();
        String nonce = Long.toString(1_000_000_000_000L + Math.floorMod(random.nextLong(), 9_000_000_000_000L));
        session.authenticatingUserId = userId;
        session.nonce = nonce;
        return new OciAnswer.Data("AuthenticationResponse", out -> {
            out.element("userId", userId);
            out.element("nonce", nonce);
            out.element("passwordAlgorithm", "MD5");
        });
    }

    private OciAnswer login14sp4(XmlElement command, SessionKey key) {
        CommandReader request = new CommandReader(command);
        String userId = request.token("userId", 1, USER_ID_MAX);
        String signed = request.optionalToken("signedPassword", 1, Integer.MAX_VALUE);
        String plain = request.optionalToken("plainTextPassword", 1, 60);
        request.end();
        Administrator administrator = checkPassword(key, userId, signed, plain);
        return new OciAnswer.Data("LoginResponse14sp4", out -> writeLoginResponse(out, administrator));
    }

    private OciAnswer login22V5(XmlElement command, SessionKey key) {
        CommandReader request = new CommandReader(command);
        String userId = request.token("userId", 1, USER_ID_MAX);
        String plain = request.optionalToken("password", 1, 60);
        String signed = request.optionalToken("signedPassword", 1, Integer.MAX_VALUE);
        request.end();
        Administrator administrator = checkPassword(key, userId, signed, plain);
        return new OciAnswer.Data("LoginResponse22V5", out -> writeLoginResponse(out, administrator));
    }

    private OciAnswer logout(XmlElement command, SessionKey key) {
        CommandReader request = new CommandReader(command);
        request.token("userId", 1, USER_ID_MAX);
        String reason = request.optionalToken("reason", 1, 40);
        request.end();
        if (reason != null && !LOGOUT_REASONS.contains(reason)) {
            throw CommandRejected.invalid("reason '" + reason + "' is not one of " + LOGOUT_REASONS);
        }
        key.end();
        return OciAnswer.SUCCESS;
    }

    /**
     * A plain password is compared as is; a signed one against the nonce this session was given for the same
     * user. The nonce is spent either way, so a signature cannot be replayed.
     */
    private Administrator checkPassword(SessionKey key, String userId, String signed, String plain) {
        OciSession session = key.findOrCreate();
        String nonce = session.nonce;
        String nonceUserId = session.authenticatingUserId;
        session.nonce = null;
        session.authenticatingUserId = null;
        Administrator administrator = administrators.get(userId);
        boolean valid = administrator != null
                && (plain != null
                        ? constantTimeEquals(plain, administrator.password())
                        : signed != null
                                && nonce != null
                                && userId.equals(nonceUserId)
                                && constantTimeEquals(signed, signedPassword(nonce, administrator.password())));
        if (!valid) {
            session.loggedInUserId = null;
            throw new CommandRejected(SimulatorError.INVALID_LOGIN);
        }
        session.loggedIn(userId);
        return administrator;
    }

    private static void writeLoginResponse(OciXmlWriter out, Administrator administrator) {
        out.element("loginType", administrator.loginType());
        out.element("locale", "en_US");
        out.element("encoding", "ISO-8859-1");
        out.element("isEnterprise", false);
        out.element("userDomain", administrator.userDomain());
    }

    private static boolean constantTimeEquals(String presented, String expected) {
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
