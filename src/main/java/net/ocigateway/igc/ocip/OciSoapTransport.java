package net.ocigateway.igc.ocip;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries one OCI-P document to BroadWorks and back over the {@code broadworks-soap} route, keeping the session's
 * cookies and turning every way the call can fail into a {@link BroadWorksException}.
 */
@Component
public class OciSoapTransport {

    private static final Logger LOG = LoggerFactory.getLogger(OciSoapTransport.class);

    private final ProducerTemplate producer;
    private final BroadWorksAddress address;
    private final BroadWorksReachability reachability;

    public OciSoapTransport(ProducerTemplate producer, BroadWorksAddress address, BroadWorksReachability reachability) {
        this.producer = producer;
        this.address = address;
        this.reachability = reachability;
    }

    /**
     * Sends {@code ociDocument} on {@code session} and answers BroadWorks' OCI-P answer document; the outcome is
     * recorded for the health check.
     */
    String exchange(OciSession session, String ociDocument) {
        try {
            String answer = roundTrip(session, ociDocument);
            reachability.answered();
            return answer;
        } catch (BroadWorksException e) {
            reachability.failed(e.getMessage());
            throw e;
        }
    }

    private String roundTrip(OciSession session, String ociDocument) {
        String url = address.url();
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCI-P request to {}: {}", url, OciDocumentWriter.maskSecrets(ociDocument));
        }
        Exchange result = producer.send(BroadWorksSoapRoute.ENDPOINT, exchange -> {
            exchange.getIn().setBody(SoapEnvelope.wrap(ociDocument));
            exchange.setProperty(BroadWorksSoapRoute.URL_PROPERTY, url);
            exchange.setProperty(BroadWorksSoapRoute.COOKIE_PROPERTY, session.cookieHeader());
        });
        if (result.getException() != null) {
            throw failure(result.getException());
        }
        Message answer = result.getMessage();
        keepCookies(session, answer.getHeader("Set-Cookie"));
        int status = answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] body = answer.getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        if (status < 200 || status > 299) {
            String fault = SoapEnvelope.faultOf(body);
            throw new BroadWorksUnavailableException(
                    fault != null
                            ? "BroadWorks answered with a SOAP fault (HTTP " + status + "): " + fault
                            : "BroadWorks answered HTTP " + status,
                    null);
        }
        String document = SoapEnvelope.unwrap(body);
        if (LOG.isDebugEnabled()) {
            LOG.debug("OCI-P answer: {}", OciDocumentWriter.maskSecrets(document));
        }
        return document;
    }

    private static void keepCookies(OciSession session, Object setCookie) {
        try {
            if (setCookie instanceof Iterable<?> values) {
                values.forEach(value -> session.storeCookie(value.toString()));
            } else if (setCookie != null) {
                session.storeCookie(setCookie.toString());
            }
        } catch (IllegalArgumentException e) {
            throw new BroadWorksUnavailableException("BroadWorks set an unreadable cookie", e);
        }
    }

    /** The outermost recognised cause decides: a connect timeout wraps a socket timeout but means "unreachable". */
    private static BroadWorksException failure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BroadWorksException known) {
                return known;
            }
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
                return new BroadWorksUnavailableException("BroadWorks is unreachable: " + cause.getMessage(), e);
            }
            if (cause instanceof SocketTimeoutException) {
                return new BroadWorksTimeoutException("BroadWorks did not answer in time: " + cause.getMessage(), e);
            }
        }
        return new BroadWorksUnavailableException("the call to BroadWorks failed: " + e.getMessage(), e);
    }
}
