package net.ocigateway.igc.jms;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The broker the provisioning queue lives on. With {@code igc.jms.broker-url} empty, Spring Boot's embedded
 * Artemis runs in-process; this keeps its journal on disk and opens it to OSS clients over TCP. With a URL,
 * the connection factory below replaces Boot's, and Boot starts no embedded broker at all.
 */
@Configuration(proxyBeanMethods = false)
class JmsBrokerConfiguration {

    /** The embedded broker's TCP listener, by which its actual port can be found. */
    static final String TCP_ACCEPTOR = "igc-tcp";

    /** Only consulted by Boot when it starts the embedded broker. */
    @Bean
    ArtemisConfigurationCustomizer provisioningBroker(JmsProperties properties) {
        return configuration -> {
            Path data = Path.of(properties.embedded().dataDirectory()).toAbsolutePath();
            configuration.setPersistenceEnabled(true);
            configuration.setJournalDirectory(data.resolve("journal").toString());
            configuration.setBindingsDirectory(data.resolve("bindings").toString());
            configuration.setPagingDirectory(data.resolve("paging").toString());
            configuration.setLargeMessagesDirectory(data.resolve("largemessages").toString());
            try {
                configuration.addAcceptorConfiguration(TCP_ACCEPTOR, "tcp://" + properties.embedded().host() + ":"
                        + properties.embedded().port() + "?protocols=CORE,AMQP,STOMP");
            } catch (Exception e) {
                throw new IllegalStateException("cannot listen on " + properties.embedded(), e);
            }
            for (String queue : new String[] {properties.queue(), properties.resultsQueue(), properties.deadLetterQueue()}) {
                configuration.addQueueConfiguration(
                        QueueConfiguration.of(queue).setAddress(queue).setRoutingType(RoutingType.ANYCAST));
            }
            // The gateway retries BroadWorks itself; these only catch a request whose transaction keeps rolling back.
            configuration.addAddressSetting(properties.queue(), new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(properties.deadLetterQueue()))
                    .setMaxDeliveryAttempts(5)
                    .setRedeliveryDelay(1000)
                    .setRedeliveryMultiplier(2));
        };
    }

    @Bean(destroyMethod = "destroy")
    @Conditional(ExternalBrokerCondition.class)
    CachingConnectionFactory externalBroker(JmsProperties properties) {
        var broker = new ActiveMQConnectionFactory(properties.brokerUrl(),
                properties.user().isEmpty() ? null : properties.user(),
                properties.password().isEmpty() ? null : properties.password());
        CachingConnectionFactory caching = new CachingConnectionFactory((ConnectionFactory) broker);
        caching.setSessionCacheSize(10);
        return caching;
    }
}
