package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;

import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.SentDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A BroadWorks that forgets idle sessions sooner than the gateway expects and says so with a code the gateway was
 * not told about: the gateway recognises the wording, logs in again and the caller never sees it.
 */
@GatewayTest
@TestPropertySource(properties = {
    "igc.simulator.session-idle-timeout=" + SessionExpiryTest.SERVER_IDLE_TIMEOUT_MILLIS + "ms",
    "igc.simulator.error-codes.not-logged-in=9003",
    "igc.broadworks.session-lost-codes=",
    "igc.broadworks.pool-size=1"
})
class SessionExpiryTest {

    static final long SERVER_IDLE_TIMEOUT_MILLIS = 300;

    @LocalServerPort
    int port;

    @Autowired
    SentDocuments sentDocuments;

    @Test
    void aSessionTheServerExpiredIsLoggedInAgainWithoutAnErrorToTheCaller() throws InterruptedException {
        GatewayClient client = new GatewayClient(port);
        assertThat(client.get(GatewayClient.IGC).status()).isEqualTo(200);
        sentDocuments.clear();

        // Waiting past the server's idle timeout is what this test is about; nothing runs concurrently with it.
        Thread.sleep(SERVER_IDLE_TIMEOUT_MILLIS + 100);
        GatewayClient.Answer afterExpiry = client.get(GatewayClient.IGC);

        assertThat(afterExpiry.status()).as(afterExpiry.toString()).isEqualTo(200);
        assertThat(SentCommands.typesIn(sentDocuments.documents())).containsExactly(
                "GroupInstantGroupCallGetInstanceListRequest", "GroupDepartmentGetListRequest18",
                "AuthenticationRequest", "LoginRequest14sp4",
                "GroupInstantGroupCallGetInstanceListRequest", "GroupDepartmentGetListRequest18");
        sentDocuments.assertAllValid();
    }
}
