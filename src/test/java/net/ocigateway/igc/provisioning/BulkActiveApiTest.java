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
import org.junit.jupiter.api.Test;

/** Bulk active status (API.md §6) over more services than one OCI-P document carries. */
@GatewayTest
class BulkActiveApiTest extends GatewayApiTest {

    private static final String MODIFY_ACTIVE = "GroupInstantGroupCallModifyActiveInstanceListRequest";

    @Test
    void fortyServicesCrossDocumentBatchesAndEveryItemIsAnsweredInRequestOrder() {
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
        assertThat(commandsPerDocument(MODIFY_ACTIVE)).containsExactlyInAnyOrder(15, 15, 2);
        assertThat(serviceUserIdsSentIn(MODIFY_ACTIVE)).doesNotContainAnyElementsOf(foreign);

        Set<String> active = activeIn(client.get(IGC));
        assertThat(active).containsAll(ids.stream().filter(id -> !foreign.contains(id) && !unknown.contains(id)).toList());
        foreign.forEach(id -> assertThat(itemOf(client.get(OTHER_IGC), id).path("active").asBoolean()).isFalse());

        List<String> mineOnly = ids.stream().filter(id -> !foreign.contains(id) && !unknown.contains(id)).toList();
        Answer allMine = client.put(IGC_ACTIVE, bulk(mineOnly, false));
        assertThat(allMine.status()).as(allMine.toString()).isEqualTo(200);
        assertThat(allMine.body()).isEqualTo(json("{}"));
        assertThat(activeIn(client.get(IGC))).doesNotContainAnyElementsOf(mineOnly);
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
