package net.ocigateway.igc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.ocigateway.igc.IgcGatewayApplication;
import net.ocigateway.igc.ocip.BroadWorksProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The embedded default's published credentials never serve beside a configured BroadWorks. */
class DemoCredentialsTest {

    private static final String REAL_BROADWORKS = "igc.broadworks.url=https://xsp.example.net/webservice/services/ProvisioningService";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Users.class)
            .withPropertyValues(
                    "igc.broadworks.password=an-operators-own-password",
                    "igc.security.demo-users[0].username=demo-system",
                    // BCrypt of demo-system-pass, as in config/application.yaml.
                    "igc.security.demo-users[0].password-hash=$2a$10$Iwet/w8C8dviy2TSnfd/hO1jmXuVEPueOzTtOUOtDVrSMuyzHU70i",
                    "igc.security.demo-users[0].level=16");

    @Test
    void demoUsersLogInWhileTheSimulatorIsTheGatewaysBroadWorks() {
        context.run(started -> assertThat(started.getBean(LocalUsers.class).authenticate("demo-system", "demo-system-pass"))
                .isPresent());
        context.withPropertyValues("igc.simulator.enabled=true")
                .run(started -> assertThat(started.getBean(LocalUsers.class)
                        .authenticate("demo-system", "demo-system-pass")).isPresent());
    }

    @Test
    void demoUsersDoNotExistBesideAConfiguredBroadWorksEvenWithTheSimulatorOn() {
        context.withPropertyValues(REAL_BROADWORKS)
                .run(started -> assertThat(started.getBean(LocalUsers.class)
                        .authenticate("demo-system", "demo-system-pass")).isEmpty());
        context.withPropertyValues(REAL_BROADWORKS, "igc.simulator.enabled=true")
                .run(started -> assertThat(started.getBean(LocalUsers.class)
                        .authenticate("demo-system", "demo-system-pass")).isEmpty());
    }

    @Test
    void demoUsersDoNotExistWhenTheSimulatorIsSwitchedOff() {
        context.withPropertyValues("igc.simulator.enabled=false")
                .run(started -> assertThat(started.getBean(LocalUsers.class)
                        .authenticate("demo-system", "demo-system-pass")).isEmpty());
    }

    @Test
    void theGatewayRefusesToStartAgainstARealBroadWorksWithTheDemoPassword() {
        // The shipped configuration, with only a URL set: the password is still the simulator's default.
        assertThatThrownBy(() -> new SpringApplicationBuilder(IgcGatewayApplication.class).run(
                        "--server.port=0", "--igc.jms.embedded.port=0", "--" + REAL_BROADWORKS).close())
                .rootCause()
                .hasMessageContaining("igc.broadworks.password is the embedded simulator's published demo password")
                .hasMessageContaining("IGC_BROADWORKS_PASSWORD");
    }

    @Test
    void theDemoPasswordStaysTheEmbeddedDefaultsOwn() {
        context.withPropertyValues("igc.broadworks.password=ociadmin-demo")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AccessProperties.class, BroadWorksProperties.class})
    @Import(LocalUsers.class)
    static class Users {

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder();
        }
    }
}
