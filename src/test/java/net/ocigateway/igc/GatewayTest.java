package net.ocigateway.igc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole gateway on a random port, talking to its embedded BroadWorks over real HTTP, with every OCI-P
 * document it sends recorded for the schema check. Tests sharing these settings share one started context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatewayTest.Recording.class)
public @interface GatewayTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Recording {
        @Bean
        SentDocuments sentDocuments() {
            return new SentDocuments();
        }
    }
}
