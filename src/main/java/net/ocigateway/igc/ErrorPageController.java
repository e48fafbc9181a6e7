package net.ocigateway.igc;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.api.ErrorBody;
import net.ocigateway.igc.api.ErrorCode;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web server's error page in the API's one error shape, for what fails before any route runs: unknown
 * paths, methods a path does not take, requests the server itself refuses. No stack trace, no echo of input.
 */
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ErrorBody> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(bodyFor(status));
    }

    /** The catalogue entry of an HTTP status, or the nearest one (client or server error) keeping the status. */
    static ErrorBody bodyFor(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = status == 400 ? "the request is malformed: its URL or headers cannot be read"
                : known == null ? "request failed" : known.getReasonPhrase().toLowerCase();
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(error -> error.httpStatus() == status).findFirst()
                .orElse(status < 500 ? ErrorCode.VALIDATION_ERROR : ErrorCode.INTERNAL_ERROR);
        return new ErrorBody(List.of(new ApiError(code.code(), code.name(), Map.of("reason", reason), status)));
    }
}
