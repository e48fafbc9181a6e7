package net.ocigateway.igc.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorCode;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one table that says what a BroadWorks error code means to a caller. The codes are configuration: real
 * BroadWorks releases do not document them all, so an operator adjusts them to their platform.
 *
 * @param notFound codes that mean the tenant, group or instance does not exist (404)
 * @param alreadyExists codes that mean the ID, phone number or extension is taken (409)
 */
@ConfigurationProperties("igc.broadworks-errors")
public record BroadWorksErrors(Set<Integer> notFound, Set<Integer> alreadyExists) {

    public BroadWorksErrors {
        notFound = notFound == null ? Set.of() : Set.copyOf(notFound);
        alreadyExists = alreadyExists == null ? Set.of() : Set.copyOf(alreadyExists);
    }

    public boolean isAlreadyExists(ErrorResponse error) {
        return error.code() != null && alreadyExists.contains(error.code());
    }

    public boolean isNotFound(ErrorResponse error) {
        return error.code() != null && notFound.contains(error.code());
    }

    /**
     * The error a caller sees. A 404 carries none of BroadWorks' words: "not there" and "not yours" must read the
     * same. Other refusals carry BroadWorks' code and summary (API.md §3), which describe the caller's own command.
     */
    public ApiError toApiError(ErrorResponse error) {
        if (isNotFound(error)) {
            return ApiError.of(ErrorCode.NOT_FOUND, "not found");
        }
        ErrorCode code = isAlreadyExists(error) ? ErrorCode.ALREADY_EXISTS : ErrorCode.BROADWORKS_REJECTED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", error.summaryEnglish());
        details.put("broadworksCode", error.code());
        details.put("summary", error.summary());
        if (error.detail() != null) {
            details.put("detail", error.detail());
        }
        return new ApiError(code.code(), code.name(), details, code.httpStatus());
    }

    public List<ApiError> toApiErrors(ErrorResponse error) {
        return List.of(toApiError(error));
    }
}
