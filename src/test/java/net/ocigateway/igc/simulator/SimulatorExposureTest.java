package net.ocigateway.igc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The simulator's SOAP endpoint, whose administrator password is public, answers clients on this host only. */
class SimulatorExposureTest extends SimulatorHttpTest {

    @Test
    void aRemoteClientFindsNoSimulator() throws Exception {
        assertThat(statusFor("192.0.2.10", null)).isEqualTo(404);
        assertThat(statusFor("2001:db8::1", null)).isEqualTo(404);
        assertThat(statusFor("127.0.0.1", null)).isEqualTo(200);
        assertThat(statusFor("0:0:0:0:0:0:0:1", null)).isEqualTo(200);
    }

    @Test
    void aCallAProxyOnThisHostRelayedIsRefused() throws Exception {
        assertThat(statusFor("127.0.0.1", "203.0.113.7")).isEqualTo(404);
        HttpResponse<String> relayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + ProvisioningServiceEndpoint.PATH + "?wsdl"))
                .header("X-Forwarded-For", "203.0.113.7").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(relayed.statusCode()).isEqualTo(404);
        assertThat(relayed.body()).doesNotContain("BWProvisioningService");
    }

    @Test
    void loopbackClientsKeepUsingIt() throws Exception {
        client.login();
        assertThat(client.send(listCommand("ApioGrpTest"))).contains("GroupInstantGroupCallGetInstanceListResponse");
    }

    private static int statusFor(String remoteAddress, String forwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", ProvisioningServiceEndpoint.PATH);
        request.setRemoteAddr(remoteAddress);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LoopbackClientsOnly().doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
