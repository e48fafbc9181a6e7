package net.ocigateway.igc.api;

import java.util.List;

/** A request the gateway answers with one of the §3 errors; {@code errors} are most important first. */
public class ApiException extends RuntimeException {

    private final transient List<ApiError> errors;

    public ApiException(List<ApiError> errors) {
        super(errors.get(0).message() + ": " + errors.get(0).details().get("reason"));
        this.errors = List.copyOf(errors);
    }

    public ApiException(ErrorCode error, String reason) {
        this(List.of(ApiError.of(error, reason)));
    }

    public static ApiException invalidField(String field, String reason) {
        return new ApiException(List.of(ApiError.ofField(ErrorCode.VALIDATION_ERROR, field, reason)));
    }

    public List<ApiError> errors() {
        return errors;
    }

    public int httpStatus() {
        return errors.get(0).httpStatus();
    }
}
