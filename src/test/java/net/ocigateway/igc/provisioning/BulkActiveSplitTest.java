package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.SentDocuments;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bulk split: one exchange per service for its group check, then one command carrying every service. */
@GatewayTest
class BulkActiveSplitTest {

    @Autowired
    CamelContext camelContext;

    @Autowired
    SentDocuments sentDocuments;

    @LocalServerPort
    int port;

    GatewayClient client;
    List<String> ids;

    @BeforeEach
    void createTwentyInstances() {
        client = new GatewayClient(port);
        ids = IntStream.rangeClosed(1, 20).mapToObj(i -> "split" + i + "@sip.netaxis.be").toList();
        ids.forEach(id -> assertThat(client.post(IGC, """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "S", "cliLastName": "L", "cliFirstName": "F"}}"""
                .formatted(id)).status()).isEqualTo(201));
        sentDocuments.clear();
    }

    @AfterEach
    void deleteThem() {
        ids.forEach(id -> client.delete(IGC + id));
    }

    @Test
    void twentyServicesAreTwentyItemExchangesAndOneCommand() {
        NotifyBuilder items = new NotifyBuilder(camelContext).fromCurrentRoute("igc-bulk-active-item").whenDone(20).create();
        NotifyBuilder chunks = new NotifyBuilder(camelContext).fromCurrentRoute("igc-bulk-active-chunk").whenDone(1).create();

        String services = ids.stream().map(id -> "{\"serviceUserId\": \"" + id + "\", \"active\": true}")
                .collect(Collectors.joining(","));
        Answer answer = client.put(IGC_ACTIVE, "{\"services\": [" + services + "]}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(items.matches(5, TimeUnit.SECONDS)).isTrue();
        assertThat(chunks.matches(5, TimeUnit.SECONDS)).isTrue();
        // One list for the group check, then one command with the 20 activations.
        List<String> documents = sentDocuments.documents();
        assertThat(documents).hasSize(2);
        assertThat(count(documents.get(1), "GroupInstantGroupCallModifyActiveInstanceListRequest")).isEqualTo(1);
        assertThat(count(documents.get(1), "<serviceActivation>")).isEqualTo(20);
        sentDocuments.assertAllValid();
        client.get(IGC).body().path("instantGroupCalls").forEach(item -> {
            if (ids.contains(item.path("serviceUserId").asText())) {
                assertThat(item.path("active").asBoolean()).isTrue();
            }
        });
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }
}
