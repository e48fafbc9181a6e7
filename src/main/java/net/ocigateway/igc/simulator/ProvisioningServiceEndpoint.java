package net.ocigateway.igc.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * BroadWorks' OCI-P SOAP endpoint, simulated on the gateway's own HTTP port. Each POST carries one OCI-P
 * document; the HTTP session ({@code JSESSIONID}) carries the login, as on a real Xsp.
 */
@RestController
@Conditional(EmbeddedBroadWorksCondition.class)
@RequestMapping(ProvisioningServiceEndpoint.PATH)
class ProvisioningServiceEndpoint {

    static final String PATH = "/webservice/services/ProvisioningService";
    private static final String SOAP_CONTENT_TYPE = "text/xml;charset=UTF-8";

    private final OciDocumentProcessor processor;
    private final SimulatorFaults faults;

    ProvisioningServiceEndpoint(OciDocumentProcessor processor, SimulatorFaults faults) {
        this.processor = processor;
        this.faults = faults;
    }

    @PostMapping
    void processOCIMessage(HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException {
        byte[] soapRequest = request.getInputStream().readAllBytes();
        // Decided on arrival, so a request still in its latency cannot take a fault set after it came in.
        Optional<SimulatorFault> fault = faults.next(new String(soapRequest, StandardCharsets.UTF_8));
        Thread.sleep(faults.latency().toMillis());
        if (fault.isPresent() && injectBeforeProcessing(fault.get(), request, response)) {
            return;
        }
        byte[] answer;
        int status = HttpServletResponse.SC_OK;
        try {
            String document = ProvisioningSoap.ociDocumentOf(new ByteArrayInputStream(soapRequest));
            HttpSession httpSession = request.getSession(true);
            answer = ProvisioningSoap.answer(processor.answer(document, SessionKey.sessionsOf(httpSession)));
        } catch (SoapFault soapFault) {
            answer = ProvisioningSoap.fault(soapFault);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        } catch (MalformedOciDocument malformed) {
            answer = ProvisioningSoap.fault(new SoapFault("Client", malformed.getMessage()));
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        if (fault.filter(SimulatorFault.SLOW_ANSWER::equals).isPresent()) {
            Thread.sleep(faults.slowAnswerDelay().toMillis());
        }
        if (fault.filter(SimulatorFault.GARBLED_ANSWER::equals).isPresent()) {
            answer = "\u0000\u00ff<<garbled OCI-P answer>> {not: xml".getBytes(StandardCharsets.ISO_8859_1);
        } else if (fault.filter(SimulatorFault.TRUNCATED_ANSWER::equals).isPresent()) {
            answer = Arrays.copyOf(answer, answer.length / 2);
        }
        send(response, status, SOAP_CONTENT_TYPE, answer);
    }

    @GetMapping(params = "wsdl")
    void wsdl(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, HttpServletResponse.SC_OK, SOAP_CONTENT_TYPE,
                ProvisioningSoap.wsdl(request.getRequestURL().toString()));
    }

    /** Applies the faults that replace processing; {@code true} when the request is answered (or dropped). */
    private static boolean injectBeforeProcessing(
            SimulatorFault fault, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (fault) {
            case DROPPED_CONNECTION -> request.setAttribute(DroppedConnectionValve.DROP_ATTRIBUTE, Boolean.TRUE);
            case HTTP_ERROR -> send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, MediaType.TEXT_PLAIN_VALUE,
                    "Internal Server Error (injected by the BroadWorks simulator)".getBytes(StandardCharsets.US_ASCII));
            case SOAP_FAULT -> send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, SOAP_CONTENT_TYPE,
                    ProvisioningSoap.fault(new SoapFault("Server", "Fault injected by the BroadWorks simulator")));
            case SESSION_EXPIRY -> {
                HttpSession httpSession = request.getSession(false);
                if (httpSession != null) {
                    httpSession.invalidate();
                }
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
