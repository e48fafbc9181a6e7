package net.ocigateway.igc.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of the {@code errors} array: {@code {"code":N,"message":"NAME","details":{…}}}. */
public record ApiError(int code, String message, Map<String, Object> details, @JsonIgnore int httpStatus) {

    public static ApiError of(ErrorCode error, String reason) {
        return new ApiError(error.code(), error.name(), details(reason, null), error.httpStatus());
    }

    public static ApiError ofField(ErrorCode error, String field, String reason) {
        return new ApiError(error.code(), error.name(), details(reason, field), error.httpStatus());
    }

    /** A copy with one more entry in {@code details}. */
    public ApiError withDetail(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new ApiError(code, message, more, httpStatus);
    }

    private static Map<String, Object> details(String reason, String field) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        if (field != null) {
            details.put("field", field);
        }
        return details;
    }
}
