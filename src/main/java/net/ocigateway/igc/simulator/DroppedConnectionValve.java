package net.ocigateway.igc.simulator;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Drops the TCP connection of a request the simulator marked, without a byte of answer. The servlet API cannot
 * do that; a Tomcat valve sees the connector's response and can ask it to close the socket at once
 * ({@code CLOSE_NOW} swallows whatever would still be written).
 */
final class DroppedConnectionValve extends ValveBase {

    static final String DROP_ATTRIBUTE = DroppedConnectionValve.class.getName() + ".drop";

    DroppedConnectionValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.getAttribute(DROP_ATTRIBUTE) != null) {
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
        }
    }
}
