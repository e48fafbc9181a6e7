package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.ocigateway.igc.IgcGatewayApplication;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring wiring: the route is registered, and closing the application logs its sessions out before Camel stops. */
class OciClientWiringTest {

    @Test
    void sendsThroughTheRouteAndLogsOutWhenTheApplicationCloses() throws Exception {
        try (FakeBroadWorks broadWorks = new FakeBroadWorks()) {
            ConfigurableApplicationContext application = new SpringApplicationBuilder(IgcGatewayApplication.class)
                    .run(
                            "--server.port=0",
                            "--igc.broadworks.url=" + broadWorks.url(),
                            "--igc.broadworks.password=" + FakeBroadWorks.PASSWORD);
            try (application) {
                assertThat(application.getBean(CamelContext.class).getRoute(BroadWorksSoapRoute.ROUTE_ID)).isNotNull();

                assertThat(application.getBean(OciClient.class)
                                .send(List.of(new GroupInstantGroupCallDeleteInstanceRequest("igc@acme.example"))))
                        .containsExactly(new SuccessResponse());
            }

            assertThat(broadWorks.logoutReasons).containsExactly("Client Logout");
        }
    }
}
