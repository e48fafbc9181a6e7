package net.ocigateway.igc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IgcGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(IgcGatewayApplication.class, args);
    }
}
