package net.ocigateway.igc.jms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole gateway with its embedded broker and BroadWorks simulator, retrying BroadWorks quickly (and without
 * the circuit breaker) so that a test can watch a request run out of retries. Tests sharing these settings share one started context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "igc.jms.redelivery.maximum-redeliveries=3",
        "igc.jms.redelivery.delay=20",
        "igc.jms.redelivery.maximum-delay=200",
        // Retries here take milliseconds, far less than the breaker's open time: with the breaker on, these tests
        // would watch it rather than the queue's own retries.
        "igc.broadworks.circuit-breaker.enabled=false",
        // An OSS system's own reply queue, allowed as JMSReplyTo beside temporary queues.
        "igc.jms.allowed-reply-destinations=" + JmsGatewayTest.OSS_REPLIES,
        // Gateways started beside this one reach its simulator through a URL, where the demo password is refused.
        "igc.simulator.administrator-password=" + JmsGatewayTest.OCI_PASSWORD,
        "igc.broadworks.password=" + JmsGatewayTest.OCI_PASSWORD})
public @interface JmsGatewayTest {

    String OCI_PASSWORD = "jms-test-oci-password";

    String OSS_REPLIES = "oss.replies";
}
