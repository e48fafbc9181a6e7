package net.ocigateway.igc.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** The embedded BroadWorks simulator's beans, present only when no real BroadWorks is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedBroadWorksCondition.class)
class SimulatorConfiguration {

    @Bean
    @ConfigurationProperties("igc.simulator")
    SimulatorProperties simulatorProperties() {
        return new SimulatorProperties();
    }

    @Bean
    SimulatorSeed simulatorSeed(SimulatorProperties properties, ResourceLoader resources, ObjectMapper json)
            throws IOException {
        Resource seed = resources.getResource(properties.getSeed());
        try (InputStream in = seed.getInputStream()) {
            return json.readValue(in, SimulatorSeed.class);
        } catch (IOException e) {
            throw new IOException("cannot read the simulator seed " + properties.getSeed(), e);
        }
    }

    @Bean
    SimulatorStore simulatorStore(SimulatorSeed seed) {
        return seed.toStore();
    }

    @Bean
    SimulatorFaults simulatorFaults(SimulatorProperties properties) {
        return new SimulatorFaults(properties.getFaults());
    }

    @Bean
    OciDocumentProcessor ociDocumentProcessor(SimulatorProperties properties, SimulatorSeed seed, SimulatorStore store) {
        return new OciDocumentProcessor(
                properties::errorCode,
                properties::getSessionIdleTimeout,
                new LoginCommands(seed.administratorsById(properties.getAdministratorPassword())),
                new InstantGroupCallCommands(store, () -> properties.getQuirks().isNationalNumbersInList()),
                new GroupCommands(store));
    }

    /** Before the security filters: a remote caller learns nothing from this path. */
    @Bean
    FilterRegistrationBean<LoopbackClientsOnly> simulatorForLoopbackClientsOnly(SimulatorProperties properties) {
        var registration = new FilterRegistrationBean<>(new LoopbackClientsOnly());
        registration.addUrlPatterns(ProvisioningServiceEndpoint.PATH, ProvisioningServiceEndpoint.PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setEnabled(properties.isLoopbackOnly());
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> droppedConnectionValve() {
        return factory -> factory.addContextValves(new DroppedConnectionValve());
    }
}
