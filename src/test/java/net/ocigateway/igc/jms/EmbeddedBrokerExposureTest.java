package net.ocigateway.igc.jms;

import static net.ocigateway.igc.jms.ProvisioningQueue.newRequestId;
import static net.ocigateway.igc.jms.ProvisioningQueue.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.ocigateway.igc.IgcGatewayApplication;
import net.ocigateway.igc.security.UserLevel;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Where the embedded broker listens, and what it takes to open it beyond this machine. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedBrokerExposureTest {

    private static final String KEY_STORE_PASSWORD = "broker-key-store-secret";

    @Test
    void theShippedConfigurationListensOnLoopbackOnly() throws IOException {
        JmsProperties shipped = shippedJmsProperties();

        assertThat(shipped.embedded().host()).isEqualTo("127.0.0.1");
        assertThat(shipped.embedded().loopback()).isTrue();
        assertThat(shipped.embedded().users()).isEmpty();
        assertThat(shipped.allowedReplyDestinations()).containsExactly(shipped.resultsQueue());
        assertThat(shipped.defaultCaller().caller().level()).isEqualTo(UserLevel.SYSTEM_ADMIN);
    }

    @Test
    void bindingBeyondLoopbackWithoutBrokerUsersRefusesToStart() {
        assertThatThrownBy(() -> gateway("--igc.jms.embedded.host=0.0.0.0").close())
                .rootCause()
                .hasMessageContaining("igc.jms.embedded.users is empty")
                .hasMessageContaining("igc.jms.embedded.host");
    }

    @Test
    void aTlsListenerServesBrokerUsersOverTlsOnly(@TempDir Path folder, CapturedOutput output) throws Exception {
        Path keyStore = folder.resolve("broker.p12");
        Path trustStore = folder.resolve("clients.p12");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", KEY_STORE_PASSWORD);
        keytool("-exportcert", "-alias", "broker", "-keystore", keyStore.toString(), "-storepass", KEY_STORE_PASSWORD,
                "-file", folder.resolve("broker.crt").toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", folder.resolve("broker.crt").toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", "trust-store-pass");

        try (ConfigurableApplicationContext gateway = gateway(
                "--igc.jms.embedded.host=0.0.0.0",
                "--igc.jms.embedded.users[0].username=oss",
                "--igc.jms.embedded.users[0].password-hash=" + new BCryptPasswordEncoder(4).encode("oss-secret"),
                "--igc.jms.embedded.users[0].level=16",
                "--igc.jms.embedded.tls.enabled=true",
                "--igc.jms.embedded.tls.key-store=" + keyStore,
                "--igc.jms.embedded.tls.key-store-password=" + KEY_STORE_PASSWORD)) {
            int port = ((NettyAcceptor) gateway.getBean(EmbeddedActiveMQ.class).getActiveMQServer().getRemotingService()
                    .getAcceptor(JmsBrokerConfiguration.TCP_ACCEPTOR)).getActualPort();
            String tls = "tcp://127.0.0.1:" + port + "?sslEnabled=true&trustStorePath=" + trustStore
                    + "&trustStorePassword=trust-store-pass&trustStoreType=PKCS12";

            assertThat(listOver(new ActiveMQConnectionFactory(tls, "oss", "oss-secret"))).isEqualTo(200);
            assertThatThrownBy(() -> new ActiveMQConnectionFactory(
                    "tcp://127.0.0.1:" + port + "?callTimeout=3000&initialConnectAttempts=1", "oss", "oss-secret")
                    .createConnection().close())
                    .as("a plain-text client").isInstanceOf(JMSException.class);
        }
        assertThat(output).doesNotContain(KEY_STORE_PASSWORD);
    }

    private static int listOver(ActiveMQConnectionFactory factory) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            TextMessage message = session.createTextMessage(request(newRequestId(), "list", null, null).toString());
            message.setJMSReplyTo(replies);
            session.createProducer(session.createQueue("igc.provisioning")).send(message);
            connection.start();
            Message result = session.createConsumer(replies).receive(20_000);
            assertThat(result).as("a result over TLS").isNotNull();
            return ProvisioningQueue.json(((TextMessage) result).getText()).path("status").asInt();
        }
    }

    private static ConfigurableApplicationContext gateway(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--igc.jms.embedded.port=0",
                "--igc.simulator.administrator-password=" + JmsGatewayTest.OCI_PASSWORD,
                "--igc.broadworks.password=" + JmsGatewayTest.OCI_PASSWORD));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(IgcGatewayApplication.class).run(all.toArray(String[]::new));
    }

    private static JmsProperties shippedJmsProperties() throws IOException {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        for (var source : new YamlPropertySourceLoader().load("shipped", new FileSystemResource("config/application.yaml"))) {
            environment.getPropertySources().addLast(source);
        }
        return Binder.get(environment).bindOrCreate("igc.jms", JmsProperties.class);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(printed).isZero();
    }
}
