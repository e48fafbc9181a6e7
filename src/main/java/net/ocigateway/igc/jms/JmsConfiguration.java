package net.ocigateway.igc.jms;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store of processed requests: in memory by default, in a shared database for several instances. */
@Configuration(proxyBeanMethods = false)
class JmsConfiguration {

    private static final String STORE = "igc.jms.idempotency.store";

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "memory", matchIfMissing = true)
    ProcessedRequests memoryProcessedRequests(JmsProperties properties) {
        return new MemoryProcessedRequests(properties.idempotency().maxEntries());
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "jdbc")
    HikariDataSource processedRequestsDatabase(JmsProperties properties) {
        JmsProperties.Jdbc jdbc = properties.idempotency().jdbc();
        if (jdbc.url().isBlank()) {
            throw new IllegalArgumentException(STORE + "=jdbc needs igc.jms.idempotency.jdbc.url");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("igc-processed-requests");
        config.setJdbcUrl(jdbc.url());
        config.setUsername(jdbc.user());
        config.setPassword(jdbc.password());
        return new HikariDataSource(config);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "jdbc")
    ProcessedRequests jdbcProcessedRequests(HikariDataSource processedRequestsDatabase, JmsProperties properties) {
        return new JdbcProcessedRequests(processedRequestsDatabase, properties.idempotency().claimTimeout(),
                Clock.systemUTC());
    }
}
