package net.ocigateway.igc.api;

/** The error catalogue of API.md §3: HTTP status, numeric code and the name carried as {@code message}. */
public enum ErrorCode {
    VALIDATION_ERROR(400, 1),
    MALFORMED_JSON(400, 2),
    UNSUPPORTED_MEDIA_TYPE(415, 3),
    NOT_FOUND(404, 4),
    ALREADY_EXISTS(409, 5),
    UNAUTHENTICATED(401, 6),
    FORBIDDEN(403, 7),
    BACKEND_UNAVAILABLE(502, 8),
    BACKEND_TIMEOUT(504, 9),
    OVERLOADED(503, 10),
    TEMPLATE_NOT_FOUND(400, 11),
    PAYLOAD_TOO_LARGE(413, 13),
    BROADWORKS_REJECTED(400, 20),
    INTERNAL_ERROR(500, 99);

    private final int httpStatus;
    private final int code;

    ErrorCode(int httpStatus, int code) {
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }
}
