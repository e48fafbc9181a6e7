package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BroadWorksAddressTest {

    @Autowired
    BroadWorksAddress address;

    @Autowired
    BroadWorksProperties properties;

    @LocalServerPort
    int port;

    @Test
    void withNoUrlTheEmbeddedSimulatorOnTheServersOwnPortIsUsed() {
        assertThat(properties.embedded()).isTrue();
        assertThat(address.url()).isEqualTo("http://127.0.0.1:" + port + "/webservice/services/ProvisioningService");
    }

    @Test
    void theDemoCredentialsAreTheDefaultsAndThePasswordNeverPrints() {
        assertThat(properties.userId()).isEqualTo("ociadmin");
        assertThat(properties.password()).isEqualTo("ociadmin-demo");
        assertThat(properties.toString()).doesNotContain("ociadmin-demo").contains("password=******");
        assertThat(properties.poolSize()).isEqualTo(8);
        assertThat(properties.sessionLostCodes()).containsExactly(4003);
    }

    @Test
    void aPlainPasswordLoginNeedsHttps() {
        assertThatThrownBy(() -> new BroadWorksProperties("http://bw.example/x", "u", "p",
                        BroadWorksProperties.Login.PLAIN, 1, Duration.ofSeconds(1), Duration.ofSeconds(1),
                        Duration.ofSeconds(1), Set.of(), java.util.List.of(), Duration.ofMinutes(1),
                        Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }
}
