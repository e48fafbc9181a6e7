package net.ocigateway.igc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report, for requests it refuses before Spring sees them (a malformed escape, an encoded
 * slash or NUL, a space in the URL): the API's JSON error body instead of an HTML page.
 */
final class JsonErrorReportValve extends ErrorReportValve {

    private final ObjectMapper objectMapper;

    JsonErrorReportValve(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            objectMapper.writeValue(response.getOutputStream(), ErrorPageController.bodyFor(status));
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over: nothing left to tell it.
        }
    }
}
