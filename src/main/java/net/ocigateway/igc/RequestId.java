package net.ocigateway.igc;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that follows one request through the gateway: taken from the caller's {@code X-Request-Id} when it is
 * a plain token, else generated. It is in the logging MDC while the request is worked on, on the exchange, in
 * the {@code X-Request-Id} answer header, in error bodies and as the {@code echo} of the OCI-P commands sent for it.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String EXCHANGE_PROPERTY = "igcRequestId";

    /** Short and without spaces, quotes or control characters: it goes verbatim into log lines and OCI-P. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,64}");

    private RequestId() {}

    /** The caller's id if it is acceptable, else a new one. */
    public static String acceptOrGenerate(String fromCaller) {
        return fromCaller != null && ACCEPTED.matcher(fromCaller).matches()
                ? fromCaller
                : UUID.randomUUID().toString();
    }
}
