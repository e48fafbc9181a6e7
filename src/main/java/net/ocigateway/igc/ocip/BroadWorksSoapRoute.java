package net.ocigateway.igc.ocip;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one outbound path to BroadWorks: a SOAP POST through camel-http. The caller puts the envelope in the body
 * and the target URL (http or https) and session cookie in exchange properties; every header that came in is dropped first, so
 * nothing from a REST request can steer the call.
 */
@Component
public class BroadWorksSoapRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:broadworks-soap";
    public static final String ROUTE_ID = "broadworks-soap";
    static final String URL_PROPERTY = "igcBroadWorksUrl";
    static final String COOKIE_PROPERTY = "igcBroadWorksCookie";
    private static final String ENDPOINT_BASE = "http://127.0.0.1/broadworks";

    private final BroadWorksProperties properties;

    public BroadWorksSoapRoute(BroadWorksProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(ENDPOINT)
                .routeId(ROUTE_ID)
                // The caller maps every failure to a BroadWorksException; no retries or error logs here.
                .errorHandler(noErrorHandler())
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/xml; charset=UTF-8"))
                .setHeader("SOAPAction", constant("\"\""))
                .setHeader("Cookie", exchangeProperty(COOKIE_PROPERTY))
                // One static endpoint, the URL in CamelHttpUri: a toD normalised the endpoint URI on every call,
                // about a tenth of the gateway's CPU per request (profiled). The base only names the endpoint.
                .setHeader(Exchange.HTTP_URI, exchangeProperty(URL_PROPERTY))
                .to(ENDPOINT_BASE + "?" + endpointOptions());
    }

    /**
     * The camel-http options: a connection pool at least as large as the session pool, the configured timeouts
     * instead of camel-http's 3-minute defaults, and no shared cookie store, because each OCI-P session carries
     * its own JSESSIONID. Non-2xx answers come back as answers so a SOAP fault's text can be read.
     */
    String endpointOptions() {
        long connectMillis = properties.connectTimeout().toMillis();
        long readMillis = properties.readTimeout().toMillis();
        int connections = properties.poolSize();
        return "httpMethod=POST"
                + "&throwExceptionOnFailure=false"
                + "&copyHeaders=false"
                + "&followRedirects=false"
                + "&cookieStore=#class:org.apache.camel.component.http.NoopCookieStore"
                + "&maxTotalConnections=" + connections
                + "&connectionsPerRoute=" + connections
                + "&connectTimeout=" + connectMillis
                + "&connectionRequestTimeout=" + connectMillis
                + "&responseTimeout=" + readMillis
                + "&soTimeout=" + readMillis;
    }
}
