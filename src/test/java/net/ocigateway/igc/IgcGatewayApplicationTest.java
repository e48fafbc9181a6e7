package net.ocigateway.igc;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IgcGatewayApplicationTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void startsOnTheEmbeddedDefaults() {
        assertThat(camelContext.getStatus()).isEqualTo(ServiceStatus.Started);
    }
}
