package net.ocigateway.igc.ocip;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where the ProvisioningService is: the configured URL, or the embedded simulator on this server's own port,
 * known only once the web server has started (tests run on a random port).
 */
@Component
public class BroadWorksAddress implements ApplicationListener<WebServerInitializedEvent> {

    static final String SIMULATOR_PATH = "/webservice/services/ProvisioningService";

    private final BroadWorksProperties properties;
    private volatile int localPort;

    public BroadWorksAddress(BroadWorksProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server, when split off, has its own namespace; the simulator lives on the main one.
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** The URL to POST to; fails while the embedded default is chosen and the web server is not up yet. */
    public String url() {
        if (!properties.embedded()) {
            return properties.url();
        }
        if (localPort <= 0) {
            throw new BroadWorksUnavailableException("the embedded BroadWorks simulator is not listening yet", null);
        }
        return "http://127.0.0.1:" + localPort + SIMULATOR_PATH;
    }
}
