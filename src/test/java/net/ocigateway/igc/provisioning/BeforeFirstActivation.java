package net.ocigateway.igc.provisioning;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Runs an action once, on the gateway's thread, just before it sends its first document that changes active flags
 * (so after a bulk read the group's list): the moment to play another administrator or a failing BroadWorks.
 */
final class BeforeFirstActivation extends EventNotifierSupport implements AutoCloseable {

    private final CamelContext camel;
    private final Runnable action;
    private boolean fired;

    private BeforeFirstActivation(CamelContext camel, Runnable action) {
        this.camel = camel;
        this.action = action;
    }

    /** Listens until {@link #close()}. */
    static BeforeFirstActivation install(CamelContext camel, Runnable action) {
        BeforeFirstActivation listener = new BeforeFirstActivation(camel, action);
        camel.getManagementStrategy().addEventNotifier(listener);
        listener.start();
        return listener;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent sending
                && sending.getEndpoint().getEndpointUri().startsWith("http");
    }

    @Override
    public synchronized void notify(CamelEvent event) {
        String body = ((CamelEvent.ExchangeSendingEvent) event).getExchange().getMessage().getBody(String.class);
        if (!fired && body.contains("GroupInstantGroupCallModifyActiveInstanceListRequest")) {
            fired = true;
            action.run();
        }
    }

    @Override
    public void close() {
        camel.getManagementStrategy().removeEventNotifier(this);
    }
}
