package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.itemOf;
import static org.assertj.core.api.Assertions.assertThat;

import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.simulator.SimulatorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped settings.json: every APIO setting off (API.md §4). */
@GatewayTest
class SettingsOffApiTest extends GatewayApiTest {

    @Autowired
    SimulatorProperties simulator;

    @Test
    void createWithoutIdIsRejectedWhenAutoGenerationIsOff() {
        Answer answer = client.post(IGC, "{" + MINIMAL_PROFILE + "}");
        assertError(answer, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(answer).path("field").asText()).isEqualTo("serviceUserId");
        assertThat(detailsOf(answer).path("reason").asText()).isEqualTo("serviceUserId is required");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    @Test
    void instanceAnswersCarryNoActiveStatus() {
        String id = uniqueId("quiet", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, MINIMAL_PROFILE + ", \"active\": true");
        assertThat(created.body().has("active")).isFalse();
        assertThat(client.get(IGC + id).body().has("active")).isFalse();
        Answer updated = client.put(IGC + id, "{\"active\": false}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().has("active")).isFalse();
        assertThat(itemOf(client.get(IGC), id).path("active").asBoolean()).isFalse();
    }

    @Test
    void aPhoneNumberChangeKeepsTheId() {
        String id = create("""
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123414"}""");
        Answer updated = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123415\"}}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("serviceUserId").asText()).isEqualTo(id);
        assertThat(profileOf(updated).path("phoneNumber").asText()).isEqualTo("+3271123415");
        assertThat(serviceUserIdsSentIn("UserModifyUserIdRequest")).isEmpty();
    }

    @Test
    void listShowsNationalNumbersAsBroadWorksGaveThem() {
        String id = create("""
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123416"}""");
        assertThat(itemOf(client.get(IGC), id).path("phoneNumber").asText()).isEqualTo("+3271123416");
        simulator.getQuirks().setNationalNumbersInList(true);
        try {
            assertThat(itemOf(client.get(IGC), id).path("phoneNumber").asText()).isEqualTo("71123416");
        } finally {
            simulator.getQuirks().setNationalNumbersInList(false);
        }
    }
}
