package net.ocigateway.igc.ocip;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway reaches BroadWorks over OCI-P/SOAP.
 *
 * @param url the ProvisioningService URL; empty means the embedded simulator on this server's own port
 * @param userId the OCI-P administrator the sessions log in as
 * @param password that administrator's password; never logged, masked in {@link #toString()}
 * @param login {@code signed} (two-stage MD5 login) or {@code plain} (LoginRequest22V5, https only)
 * @param poolSize how many OCI-P sessions run at once; each has its own JSESSIONID and sessionId
 * @param connectTimeout the TCP connect limit
 * @param readTimeout how long one SOAP call may wait for its answer
 * @param sessionWait how long a command waits for a free session before the gateway reports overload
 * @param sessionLostCodes ErrorResponse codes that mean "this session is no longer logged in"
 * @param sessionLostPatterns regular expressions; an ErrorResponse whose summary matches one means the same,
 *     whatever its code (real releases word it differently and do not publish the code)
 * @param sessionMaxIdle a session unused this long logs in again before its next command, ahead of the server's
 *     own idle timeout
 * @param sessionMaxAge a session logged in this long ago logs in again before its next command
 */
@ConfigurationProperties("igc.broadworks")
public record BroadWorksProperties(
        @DefaultValue("") String url,
        @DefaultValue("ociadmin") String userId,
        @DefaultValue("") String password,
        @DefaultValue("signed") Login login,
        @DefaultValue("8") int poolSize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("2s") Duration sessionWait,
        @DefaultValue("4003") Set<Integer> sessionLostCodes,
        @DefaultValue({"(?i)not logged in", "(?i)\\bsession\\b.*\\b(expired|invalid|not valid|unknown|timed out)\\b",
                "(?i)invalid session"}) List<String> sessionLostPatterns,
        @DefaultValue("60s") Duration sessionMaxIdle,
        @DefaultValue("5m") Duration sessionMaxAge) {

    /** The embedded simulator's published administrator password (config/simulator-seed.json). */
    static final String DEMO_PASSWORD = "ociadmin-demo";

    public enum Login {
        SIGNED,
        PLAIN
    }

    public BroadWorksProperties {
        url = url == null ? "" : url.strip();
        sessionLostCodes = sessionLostCodes == null ? Set.of() : Set.copyOf(sessionLostCodes);
        sessionLostPatterns = sessionLostPatterns == null ? List.of() : List.copyOf(sessionLostPatterns);
        for (String pattern : sessionLostPatterns) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "igc.broadworks.session-lost-patterns: '" + pattern + "' is no regular expression", e);
            }
        }
        if (sessionMaxIdle == null || sessionMaxIdle.isNegative() || sessionMaxIdle.isZero()
                || sessionMaxAge == null || sessionMaxAge.isNegative() || sessionMaxAge.isZero()) {
            throw new IllegalArgumentException("igc.broadworks.session-max-idle and session-max-age must be positive");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("igc.broadworks.pool-size must be at least 1, was " + poolSize);
        }
        // The demo password is public: against any configured BroadWorks it is a forgotten setting, never a secret.
        if (!url.isEmpty() && DEMO_PASSWORD.equals(password)) {
            throw new IllegalArgumentException("igc.broadworks.password is the embedded simulator's published demo "
                    + "password; set igc.broadworks.password (IGC_BROADWORKS_PASSWORD) to the OCI-P administrator's "
                    + "password of the BroadWorks at igc.broadworks.url");
        }
        // A plain-text password may only travel encrypted; the embedded default is plain http.
        if (login == Login.PLAIN && !url.regionMatches(true, 0, "https://", 0, 8)) {
            throw new IllegalArgumentException("igc.broadworks.login=plain needs an https igc.broadworks.url");
        }
    }

    /** True when no URL is configured and the gateway talks to its embedded simulator. */
    public boolean embedded() {
        return url.isEmpty();
    }

    @Override
    public String toString() {
        return "BroadWorksProperties[url=" + url + ", userId=" + userId + ", password=******, login=" + login
                + ", poolSize=" + poolSize + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", sessionWait=" + sessionWait + ", sessionLostCodes=" + sessionLostCodes
                + ", sessionLostPatterns=" + sessionLostPatterns + ", sessionMaxIdle=" + sessionMaxIdle
                + ", sessionMaxAge=" + sessionMaxAge + "]";
    }
}
