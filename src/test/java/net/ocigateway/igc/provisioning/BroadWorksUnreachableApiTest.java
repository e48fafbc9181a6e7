package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.api.ApiError;
import net.ocigateway.igc.ocip.BroadWorksUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A BroadWorks nobody answers at, and one that refuses the administrator: the caller learns neither where nor who. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "igc.broadworks.user-id=provisioning-admin-7",
    "igc.broadworks.password=an-operators-own-password",
    "igc.broadworks.connect-timeout=500ms",
    "igc.security.users[0].username=" + GatewayClient.SYSTEM_ADMIN,
    // BCrypt of demo-system-pass, the password GatewayClient logs in with.
    "igc.security.users[0].password-hash=$2a$10$Iwet/w8C8dviy2TSnfd/hO1jmXuVEPueOzTtOUOtDVrSMuyzHU70i",
    "igc.security.users[0].level=16"
})
class BroadWorksUnreachableApiTest {

    private static final int CLOSED_PORT = closedPort();

    @LocalServerPort
    int port;

    @Autowired
    ErrorAnswers errorAnswers;

    @DynamicPropertySource
    static void nobodyListens(DynamicPropertyRegistry registry) {
        registry.add("igc.broadworks.url",
                () -> "http://127.0.0.1:" + CLOSED_PORT + "/webservice/services/ProvisioningService");
    }

    @Test
    void anUnreachableBroadWorksIsNamedToTheLogOnly() {
        Answer failed = new GatewayClient(port).get(IGC);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body().path("errors").path(0).path("details").path("reason").asText())
                .isEqualTo("BroadWorks is unavailable");
        AnswerDisclosureApiTest.assertRevealsNothingInternal(failed, CLOSED_PORT);
        assertThat(failed.raw().body()).doesNotContain("provisioning-admin-7", "refused", "Connect");
    }

    @Test
    void aRefusedAdministratorLoginNamesNeitherTheAdministratorNorBroadWorksWords() {
        List<ApiError> errors = errorAnswers.errorsOf(new BroadWorksUnavailableException(
                "BroadWorks refused the OCI-P login of provisioning-admin-7: [Error 4962] Invalid userId or password.",
                null));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.httpStatus()).isEqualTo(502);
            assertThat(error.details()).containsExactly(java.util.Map.entry("reason", "BroadWorks is unavailable"));
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
