package net.ocigateway.igc.jms;

import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At shutdown, stops taking requests off the queue and lets those in flight finish while BroadWorks is still
 * reachable: the OCI-P session pool closes at phase MAX-1536, the CamelContext only at MAX-2048, so without
 * this the last requests would fail against a closed pool. What is not taken stays on the queue.
 */
@Component
class JmsConsumerShutdown implements SmartLifecycle {

    /** The route id in routes/provisioning-jms.camel.yaml. */
    static final String ROUTE_ID = "igc-jms-provisioning";

    /** With the web server's graceful drain, before the OCI-P session pool. */
    static final int PHASE = Integer.MAX_VALUE - 1024;

    // Looked up only at stop: a Lifecycle bean that depends on the CamelContext starts it before its routes load.
    private final ObjectProvider<CamelContext> camelContext;
    private final long timeoutSeconds;
    private volatile boolean running;

    JmsConsumerShutdown(ObjectProvider<CamelContext> camelContext, @Value("${camel.main.shutdown-timeout:45}") long timeoutSeconds) {
        this.camelContext = camelContext;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        try {
            camelContext.getObject().getRouteController().stopRoute(ROUTE_ID, timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop " + ROUTE_ID, e);
        } finally {
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
