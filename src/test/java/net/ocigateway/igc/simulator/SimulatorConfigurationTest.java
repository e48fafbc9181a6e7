package net.ocigateway.igc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SimulatorConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(SimulatorConfiguration.class);

    @Test
    void simulatorRunsWhenNoBroadWorksIsConfigured() {
        context.run(started -> assertThat(started).hasSingleBean(SimulatorFaults.class).hasSingleBean(SimulatorStore.class));
        context.withPropertyValues("igc.broadworks.url=")
                .run(started -> assertThat(started).hasSingleBean(OciDocumentProcessor.class));
    }

    @Test
    void simulatorIsOffWhenARealBroadWorksIsConfigured() {
        context.withPropertyValues("igc.broadworks.url=https://xsp.example.net/webservice/services/ProvisioningService")
                .run(started -> assertThat(started)
                        .doesNotHaveBean(SimulatorFaults.class)
                        .doesNotHaveBean(SimulatorProperties.class)
                        .doesNotHaveBean(OciDocumentProcessor.class));
    }
}
