package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.itemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.simulator.SimulatorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every APIO setting on (API.md §4), with the ID rule {@code igc{{national_no_0}}@{{domain}}}. */
@AllSettingsOn
class SettingsOnApiTest extends GatewayApiTest {

    @Autowired
    SimulatorProperties simulator;

    @Test
    void createWithoutIdGeneratesOneFromThePhoneNumber() {
        Answer created = client.post(IGC, """
                {"serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "071123403"}}""");
        removeAfterTest(IGC, "igc71123403@sip.netaxis.be");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo("igc71123403@sip.netaxis.be");
        assertThat(created.header("Location")).endsWith("/instant_group_calls/igc71123403@sip.netaxis.be/");
        assertThat(profileOf(client.get(IGC + "igc71123403@sip.netaxis.be")).path("phoneNumber").asText())
                .isEqualTo("+3271123403");
    }

    @Test
    void anExplicitIdWinsOverTheRule() {
        String id = uniqueId("explicit", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, """
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123404"}""");
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo(id);
    }

    @Test
    void thePhoneRuleWithoutAPhoneNumberIsRejectedNamingTheRule() {
        Answer answer = client.post(IGC, "{" + MINIMAL_PROFILE + "}");
        assertError(answer, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(answer).path("reason").asText()).contains("igc{{national_no_0}}@{{domain}}");
        assertThat(serviceUserIdsSentIn("GroupInstantGroupCallAddInstanceRequest14")).isEmpty();
    }

    @Test
    void changingThePhoneNumberRenamesTheInstance() {
        String oldId = createWithPhone("+3271123405");
        assertThat(oldId).isEqualTo("igc71123405@sip.netaxis.be");

        Answer updated = client.put(IGC + oldId, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123406\"}}");
        removeAfterTest(IGC, "igc71123406@sip.netaxis.be");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("serviceUserId").asText()).isEqualTo("igc71123406@sip.netaxis.be");
        assertThat(profileOf(updated).path("phoneNumber").asText()).isEqualTo("+3271123406");

        assertError(client.get(IGC + oldId), 404, 4, "NOT_FOUND");
        assertThat(profileOf(client.get(IGC + "igc71123406@sip.netaxis.be")).path("name").asText()).isEqualTo("N");
        Answer list = client.get(IGC);
        assertThat(itemOf(list, "igc71123406@sip.netaxis.be").path("phoneNumber").asText()).isEqualTo("+3271123406");
        assertThat(list.body().path("instantGroupCalls").findValuesAsText("serviceUserId")).doesNotContain(oldId);
    }

    @Test
    void aRejectedPhoneNumberChangeLeavesIdAndNumberAsTheyWere() {
        String id = createWithPhone("+3271123407");
        String taken = createWithPhone("+3271123408");

        assertError(client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123408\"}}"),
                409, 5, "ALREADY_EXISTS");
        Answer notInGroup = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123499\"}}");
        assertThat(notInGroup.status()).as(notInGroup.toString()).isEqualTo(400);

        assertThat(profileOf(client.get(IGC + id)).path("phoneNumber").asText()).isEqualTo("+3271123407");
        assertThat(profileOf(client.get(IGC + taken)).path("phoneNumber").asText()).isEqualTo("+3271123408");
        assertError(client.get(IGC + "igc71123499@sip.netaxis.be"), 404, 4, "NOT_FOUND");
    }

    @Test
    void aHandPickedIdKeepsItsNameWhenItsPhoneNumberChanges() {
        String id = uniqueId("picked", "sip.netaxis.be");
        createdIn(IGC, id, """
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123410"}""");

        Answer updated = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123411\"}}");

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("serviceUserId").asText()).isEqualTo(id);
        assertThat(profileOf(updated).path("phoneNumber").asText()).isEqualTo("+3271123411");
        assertThat(serviceUserIdsSentIn("UserModifyUserIdRequest")).isEmpty();
        assertError(client.get(IGC + "igc71123411@sip.netaxis.be"), 404, 4, "NOT_FOUND");
    }

    @Test
    void aPutRefusedForItsPhoneNumberLeavesTheActiveStateAsItWas() {
        String id = createWithPhone("+3271123412");
        assertThat(client.put(IGC + id, "{\"active\": true}").status()).isEqualTo(200);
        createWithPhone("+3271123413");

        Answer refused = client.put(IGC + id,
                "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123413\"}, \"active\": false}");

        assertError(refused, 409, 5, "ALREADY_EXISTS");
        Answer read = client.get(IGC + id);
        assertThat(read.body().path("active").asBoolean()).as(read.toString()).isTrue();
        assertThat(profileOf(read).path("phoneNumber").asText()).isEqualTo("+3271123412");
    }

    @Test
    void aFailedRenameSaysTheModifyWasAppliedAndUnderWhichId() {
        String id = createWithPhone("+3271123414");
        // A hand-picked instance already holds the ID the rule gives for the new number.
        String holder = "igc71123415@sip.netaxis.be";
        createdIn(IGC, holder, MINIMAL_PROFILE);

        Answer failed = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+3271123415\"}}");

        assertError(failed, 409, 5, "ALREADY_EXISTS");
        assertThat(detailsOf(failed).path("modifyApplied").asBoolean()).as(failed.toString()).isTrue();
        assertThat(detailsOf(failed).path("serviceUserId").asText()).isEqualTo(id);
        assertThat(detailsOf(failed).path("reason").asText()).contains("modify was applied", holder);
        assertThat(profileOf(client.get(IGC + id)).path("phoneNumber").asText()).isEqualTo("+3271123415");
    }

    @Test
    void instanceAnswersCarryTheActiveStatus() {
        String id = uniqueId("loud", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, MINIMAL_PROFILE + ", \"active\": true");
        assertThat(created.body().path("active").isBoolean()).isTrue();
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(client.get(IGC + id).body().path("active").asBoolean()).isTrue();

        Answer updated = client.put(IGC + id, "{\"active\": false}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body().path("active").isBoolean()).isTrue();
        assertThat(updated.body().path("active").asBoolean()).isFalse();
        Answer renamedOnly = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"name\": \"Renamed\"}}");
        assertThat(renamedOnly.body().path("active").isBoolean()).as(renamedOnly.toString()).isTrue();

        JsonNode inactiveByDefault = createdIn(IGC, id.replace("@", "-b@"), MINIMAL_PROFILE).body();
        assertThat(inactiveByDefault.path("active").isBoolean()).as(inactiveByDefault.toString()).isTrue();
        assertThat(inactiveByDefault.path("active").asBoolean()).isFalse();
    }

    @Test
    void listShowsNationalNumbersInE164FromTheGroupsCountry() {
        String id = createWithPhone("+3271123409");
        simulator.getQuirks().setNationalNumbersInList(true);
        try {
            assertThat(itemOf(client.get(IGC), id).path("phoneNumber").asText()).isEqualTo("+3271123409");
        } finally {
            simulator.getQuirks().setNationalNumbersInList(false);
        }
        assertThat(itemOf(client.get(IGC), id).path("phoneNumber").asText()).isEqualTo("+3271123409");
    }

    /** Creates an instance whose ID the rule makes from {@code phoneNumber}; answers that ID. */
    private String createWithPhone(String phoneNumber) {
        Answer created = client.post(IGC, """
                {"serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "%s"}}"""
                .formatted(phoneNumber));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("serviceUserId").asText();
        removeAfterTest(IGC, id);
        return id;
    }
}
