package net.ocigateway.igc.jms;

import static net.ocigateway.igc.jms.ProvisioningQueue.request;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.ConnectionFactory;
import net.ocigateway.igc.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Values a sender chose reach the log escaped: a requestId with a line break cannot write a line of its own. */
@JmsGatewayTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTest {

    private static final String FORGED_LINE = "2026-01-01T00:00:00.000Z ERROR 1 --- [igc-gateway] [forged] : all is lost";

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    JmsProperties properties;

    @Test
    void aRequestIdWithALineBreakIsLoggedEscaped(CapturedOutput output) {
        String requestId = ProvisioningQueue.newRequestId() + "\r\n" + FORGED_LINE;
        ProvisioningQueue queue = new ProvisioningQueue(connectionFactory, properties);
        var list = request(requestId, "list", null, null);

        assertThat(queue.call(list).status()).isEqualTo(200);
        // The repeat is logged at INFO with the requestId in the message and in the MDC.
        assertThat(queue.call(list).status()).isEqualTo(200);

        String escaped = requestId.replace("\r", "\\r").replace("\n", "\\n");
        assertThat(output.getOut()).contains("Request " + escaped + " was already processed");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith(FORGED_LINE));
    }

    @Test
    void everyMessageArgumentAndMdcValueIsEscapedWhereverItIsLogged(CapturedOutput output) {
        MDC.put(RequestId.MDC_KEY, "id\nFORGED-MDC");
        try {
            LoggerFactory.getLogger(LogForgingTest.class)
                    .warn("instance {} in group {}", "a\r\nFORGED-ARGUMENT", "g\u001b[31m\u2028x");
            LoggerFactory.getLogger(LogForgingTest.class).warn("failed",
                    new IllegalStateException("outer", new IllegalArgumentException("bad\r\nFORGED-EXCEPTION")));
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
        assertThat(output.getOut())
                .contains("[id\\nFORGED-MDC]")
                .contains("instance a\\r\\nFORGED-ARGUMENT in group g\\u001b[31m\\u2028x")
                .contains("Caused by: java.lang.IllegalArgumentException: bad\\r\\nFORGED-EXCEPTION")
                .contains("\tat net.ocigateway.igc.jms.LogForgingTest");
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("FORGED"));
    }
}
