package net.ocigateway.igc.jms;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
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

    private static final Logger log = LoggerFactory.getLogger(JmsBrokerConfiguration.class);

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
            configuration.addAcceptorConfiguration(listener(properties.embedded()));
            if (!properties.embedded().users().isEmpty()) {
                configuration.setSecurityEnabled(true);
                // Stamped by the broker itself on every message, over whatever the sender put there.
                configuration.setPopulateValidatedUser(true);
                // Artemis caches by username and password alone: the gateway's in-VM connection (which sends none)
                // would be handed to any anonymous client. Each check here is a map lookup; the BCrypt check runs
                // once per broker session.
                configuration.setAuthenticationCacheSize(0);
                configuration.setAuthorizationCacheSize(0);
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

    /**
     * The TCP listener, refused on any address other machines can reach unless broker users are configured, so
     * the default install offers no way around the API's token checks.
     */
    private static TransportConfiguration listener(JmsProperties.Embedded embedded) {
        if (embedded.users().isEmpty() && !embedded.loopback()) {
            throw new IllegalStateException("igc.jms.embedded.host is " + embedded.host() + ", reachable from other "
                    + "machines, but igc.jms.embedded.users is empty, so anyone reaching it could provision past every "
                    + "token check: configure igc.jms.embedded.users (username, password-hash, level, tenant-id, "
                    + "group-id), or bind igc.jms.embedded.host to 127.0.0.1");
        }
        if (!embedded.loopback() && !embedded.tls().enabled()) {
            log.warn("The embedded broker listens on {} without TLS: passwords and messages cross the network in "
                    + "clear; set igc.jms.embedded.tls.enabled and key-store", embedded.host());
        }
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, embedded.host());
        params.put(TransportConstants.PORT_PROP_NAME, embedded.port());
        params.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE,AMQP,STOMP");
        JmsProperties.Tls tls = embedded.tls();
        if (tls.enabled()) {
            params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
            params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, Path.of(tls.keyStore()).toAbsolutePath().toString());
            params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, tls.keyStorePassword());
            params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, tls.keyStoreType());
        }
        return new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, TCP_ACCEPTOR);
    }

    /** With broker users, they alone (and the gateway itself, in-VM) may use the broker. */
    @Bean
    static BeanPostProcessor embeddedBrokerSecurity(ObjectProvider<JmsProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker && !properties.getObject().embedded().users().isEmpty()) {
                    broker.setSecurityManager(new EmbeddedBrokerSecurity(properties.getObject()));
                }
                return bean;
            }
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
