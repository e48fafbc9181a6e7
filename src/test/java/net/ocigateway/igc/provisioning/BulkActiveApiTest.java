package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static net.ocigateway.igc.GatewayClient.json;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.itemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk active status (API.md §6): one command for every accepted service, one command per service only as a fallback. */
@GatewayTest
class BulkActiveApiTest extends GatewayApiTest {

    private static final String MODIFY_ACTIVE = "GroupInstantGroupCallModifyActiveInstanceListRequest";

    @Autowired
    CamelContext camel;

    @Autowired
    OciClient ociClient;

    @Test
    void fortyServicesGoInOneCommandAndEveryItemIsAnsweredInRequestOrder() {
        List<String> ids = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i % 10 == 3) {
                ids.add(createIn(OTHER_IGC, uniqueId("bulkforeign", "other.netaxis.be"), MINIMAL_PROFILE));
                foreign.add(ids.get(i));
            } else if (i % 10 == 7) {
                ids.add(uniqueId("bulkghost", "sip.netaxis.be"));
                unknown.add(ids.get(i));
            } else {
                ids.add(create(MINIMAL_PROFILE));
            }
        }
        sentDocuments.clear();

        Answer answer = client.put(IGC_ACTIVE, bulk(ids, true));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(207);
        JsonNode results = answer.body().path("results");
        assertThat(results.findValuesAsText("serviceUserId")).containsExactlyElementsOf(ids);
        for (JsonNode result : results) {
            String id = result.path("serviceUserId").asText();
            boolean mine = !foreign.contains(id) && !unknown.contains(id);
            assertThat(result.path("status").asInt()).as(result.toString()).isEqualTo(mine ? 200 : 404);
            if (!mine) {
                assertThat(result.path("errors").path(0).path("message").asText()).isEqualTo("NOT_FOUND");
            }
        }
        // The group's list, then one command for the 32 services of the group.
        assertThat(sentDocuments.documents()).hasSize(2);
        assertThat(commandsPerDocument(MODIFY_ACTIVE)).containsExactly(1);
        String activation = sentDocuments.documents().get(1);
        assertThat(activation.split("<serviceActivation>", -1)).hasSize(33);
        foreign.forEach(id -> assertThat(activation).doesNotContain(id));

        Set<String> active = activeIn(client.get(IGC));
        assertThat(active).containsAll(ids.stream().filter(id -> !foreign.contains(id) && !unknown.contains(id)).toList());
        foreign.forEach(id -> assertThat(itemOf(client.get(OTHER_IGC), id).path("active").asBoolean()).isFalse());

        List<String> mineOnly = ids.stream().filter(id -> !foreign.contains(id) && !unknown.contains(id)).toList();
        Answer allMine = client.put(IGC_ACTIVE, bulk(mineOnly, false));
        assertThat(allMine.status()).as(allMine.toString()).isEqualTo(200);
        assertThat(allMine.body()).isEqualTo(json("{}"));
        assertThat(activeIn(client.get(IGC))).doesNotContainAnyElementsOf(mineOnly);
    }

    @Test
    void aCommandBroadWorksRefusesIsSentAgainPerServiceAndEachServiceGetsItsOwnResult() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(create(MINIMAL_PROFILE));
        }
        String vanishing = ids.get(6);
        sentDocuments.clear();
        Answer answer;
        // Another administrator deletes one instance after the group's list was read, before the activations go.
        try (var deleting = BeforeFirstActivation.install(camel, () -> assertThat(
                ociClient.send(List.of(new GroupInstantGroupCallDeleteInstanceRequest(vanishing))).get(0))
                .isInstanceOf(SuccessResponse.class))) {
            answer = client.put(IGC_ACTIVE, bulk(ids, true));
        }

        assertThat(answer.status()).as(answer.toString()).isEqualTo(207);
        JsonNode results = answer.body().path("results");
        assertThat(results.findValuesAsText("serviceUserId")).containsExactlyElementsOf(ids);
        for (JsonNode result : results) {
            boolean gone = result.path("serviceUserId").asText().equals(vanishing);
            assertThat(result.path("status").asInt()).as(result.toString()).isEqualTo(gone ? 404 : 200);
        }
        assertThat(results.path(6).path("errors").path(0).path("message").asText()).isEqualTo("NOT_FOUND");
        // The list, the refused command for all 20, the other administrator's delete, then 15 + 5 single commands.
        assertThat(commandsPerDocument(MODIFY_ACTIVE)).containsExactlyInAnyOrder(1, 15, 5);
        assertThat(sentDocuments.documents().get(1)).contains(vanishing);
        assertThat(sentDocuments.documents()).hasSize(5);
        Set<String> active = activeIn(client.get(IGC));
        assertThat(active).containsAll(ids.stream().filter(id -> !id.equals(vanishing)).toList());
    }

    static String bulk(List<String> ids, boolean active) {
        return ids.stream()
                .map(id -> "{\"serviceUserId\": \"%s\", \"active\": %s}".formatted(id, active))
                .collect(Collectors.joining(", ", "{\"services\": [", "]}"));
    }

    private static Set<String> activeIn(Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        Set<String> active = new HashSet<>();
        list.body().path("instantGroupCalls").forEach(item -> {
            if (item.path("active").asBoolean()) {
                active.add(item.path("serviceUserId").asText());
            }
        });
        return active;
    }
}
