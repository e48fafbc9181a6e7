package net.ocigateway.igc;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an operator watches: the route MBeans over JMX and the Prometheus scrape, after real API calls. */
@GatewayTest
@AutoConfigureObservability
class MonitoringTest {

    private static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    GatewayClient client;

    @BeforeEach
    void setUp() {
        client = new GatewayClient(port);
    }

    @Test
    void routeMBeansCountTheExchangesOfRealCalls() throws Exception {
        ObjectName list = route("igc-list");
        ObjectName get = route("igc-get");
        ObjectName soap = route("broadworks-soap");
        long listBefore = exchanges(list);
        long getBefore = (Long) JMX.getAttribute(get, "ExchangesTotal");
        long soapBefore = exchanges(soap);

        assertThat(client.get(IGC).status()).isEqualTo(200);
        assertThat(client.get(IGC).status()).isEqualTo(200);
        assertThat(client.get(IGC + "nobody@sip.netaxis.be/").status()).isEqualTo(404);

        assertThat(exchanges(list)).isEqualTo(listBefore + 2);
        assertThat((Long) JMX.getAttribute(get, "ExchangesTotal")).isEqualTo(getBefore + 1);
        assertThat(exchanges(soap)).isGreaterThanOrEqualTo(soapBefore + 3);
        assertThat((String) JMX.getAttribute(list, "State")).isEqualTo("Started");
        assertThat((Long) JMX.getAttribute(list, "TotalProcessingTime")).isPositive();
        // Requests in flight per route: the README points operators here.
        assertThat(((Number) JMX.getAttribute(list, "ExchangesInflight")).longValue()).isZero();
    }

    @Test
    void prometheusShowsRouteAndHttpTimers() {
        assertThat(client.get(IGC).status()).isEqualTo(200);

        GatewayClient.Answer scrape = client.send("GET", "/actuator/prometheus", null, null);

        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.raw().body();
        assertThat(metrics).containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"igc-list\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"broadworks-soap\"");
        // The per-route exchange counters the README names.
        assertThat(metrics).containsPattern("camel_exchanges_total\\{[^}]*routeId=\"igc-list\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("camel_exchanges_failed_total\\{[^}]*routeId=\"igc-list\"");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\","
                + "uri=\"/api/v1/tenants/\\{tenantId}/groups/\\{groupId}/services/instant_group_calls\"} [1-9]");
        assertThat(metrics).contains("http_server_requests_seconds_bucket");
    }

    /** The MBean of a route of this test's CamelContext (other test contexts in this JVM register theirs too). */
    private ObjectName route(String routeId) throws Exception {
        ObjectName name = new ObjectName("org.apache.camel:context=" + camel.getManagementName()
                + ",type=routes,name=\"" + routeId + "\"");
        assertThat(JMX.isRegistered(name)).as("MBean %s", name).isTrue();
        return name;
    }

    private static long exchanges(ObjectName route) throws Exception {
        return (Long) JMX.getAttribute(route, "ExchangesCompleted") + (Long) JMX.getAttribute(route, "ExchangesFailed");
    }
}
