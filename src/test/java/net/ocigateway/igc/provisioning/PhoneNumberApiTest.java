package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.json;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.itemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import org.junit.jupiter.api.Test;

/** Phone numbers, destinations and aliases as a portal sends and reads them (API.md §2). */
@GatewayTest
class PhoneNumberApiTest extends GatewayApiTest {

    @Test
    void nationalInputIsAcceptedAndAnsweredInE164() {
        String id = create("""
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F",
                  "phoneNumber": "071123403", "cliPhoneNumber": "071112233"}""");
        JsonNode profile = profileOf(client.get(IGC + id));
        assertThat(profile.path("phoneNumber").asText()).isEqualTo("+3271123403");
        assertThat(profile.path("cliPhoneNumber").asText()).isEqualTo("+3271112233");
        assertThat(itemOf(client.get(IGC), id).path("phoneNumber").asText()).isEqualTo("+3271123403");

        Answer withoutTrunkPrefix = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"71123404\"}}");
        assertThat(profileOf(withoutTrunkPrefix).path("phoneNumber").asText()).isEqualTo("+3271123404");
        Answer spaced = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"phoneNumber\": \"+32 71 12 34 05\"}}");
        assertThat(profileOf(spaced).path("phoneNumber").asText()).isEqualTo("+3271123405");
    }

    @Test
    void aNumberThatIsNotAFreeNumberOfTheGroupIsRefused() {
        String holder = create("""
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123406"}""");
        String id = uniqueId("dn", "sip.netaxis.be");

        Answer otherGroupsNumber = client.post(IGC, body(id, "+3281000001"));
        assertError(otherGroupsNumber, 400, 20, "BROADWORKS_REJECTED");
        assertThat(detailsOf(otherGroupsNumber).path("reason").asText()).contains("+3281000001");
        Answer unassigned = client.post(IGC, body(id, "+3271123499"));
        assertError(unassigned, 400, 20, "BROADWORKS_REJECTED");
        assertThat(detailsOf(unassigned).path("broadworksCode").asInt())
                .isEqualTo(detailsOf(otherGroupsNumber).path("broadworksCode").asInt());
        assertError(client.post(IGC, body(id, "071123406")), 409, 5, "ALREADY_EXISTS");
        assertError(client.get(IGC + id), 404, 4, "NOT_FOUND");

        Answer notANumber = client.post(IGC, body(id, "12"));
        assertError(notANumber, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(notANumber).path("field").asText()).isEqualTo("serviceInstanceProfile.phoneNumber");
        assertThat(profileOf(client.get(IGC + holder)).path("phoneNumber").asText()).isEqualTo("+3271123406");
    }

    @Test
    void destinationsAndAliasesRoundTripAndClear() {
        String id = create("""
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F",
                  "aliases": ["igc-alias-a@sip.netaxis.be", "igc-alias-b@sip.netaxis.be"],
                  "publicUserIdentity": "igc-public@sip.netaxis.be"},
                "destinationPhoneNumbers": ["+3271123456", "071112233", "bob@example.com"]""");
        JsonNode read = client.get(IGC + id).body();
        assertThat(read.path("serviceInstanceProfile").path("aliases"))
                .isEqualTo(json("[\"igc-alias-a@sip.netaxis.be\", \"igc-alias-b@sip.netaxis.be\"]"));
        assertThat(read.path("serviceInstanceProfile").path("publicUserIdentity").asText())
                .isEqualTo("igc-public@sip.netaxis.be");
        assertThat(read.path("destinationPhoneNumbers"))
                .as("national destinations are normalised like every other number")
                .isEqualTo(json("[\"+3271123456\", \"+3271112233\", \"bob@example.com\"]"));

        Answer replaced = client.put(IGC + id, """
                {"serviceInstanceProfile": {"aliases": ["igc-alias-c@sip.netaxis.be"]},
                 "destinationPhoneNumbers": ["carol@example.com"]}""");
        assertThat(profileOf(replaced).path("aliases")).isEqualTo(json("[\"igc-alias-c@sip.netaxis.be\"]"));
        assertThat(replaced.body().path("destinationPhoneNumbers")).isEqualTo(json("[\"carol@example.com\"]"));

        Answer cleared = client.put(IGC + id, """
                {"serviceInstanceProfile": {"aliases": null, "publicUserIdentity": null}, "destinationPhoneNumbers": null}""");
        assertThat(profileOf(cleared).has("aliases")).isFalse();
        assertThat(profileOf(cleared).has("publicUserIdentity")).isFalse();
        assertThat(cleared.body().path("destinationPhoneNumbers").size()).isZero();
        assertThat(client.get(IGC + id).body()).isEqualTo(cleared.body());
    }

    @Test
    void anUnparsableDestinationNumberIsAValidationErrorNamingIt() {
        Answer answer = client.post(IGC, """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F"},
                 "destinationPhoneNumbers": ["bob@example.com", "12"]}""".formatted(uniqueId("dest", "sip.netaxis.be")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("VALIDATION_ERROR");
        assertThat(answer.body().path("errors").findValuesAsText("field")).containsExactly("destinationPhoneNumbers[1]");
        assertThat(serviceUserIdsSentIn("GroupInstantGroupCallAddInstanceRequest14")).isEmpty();
    }

    @Test
    void aSipSchemeOrAFourthAliasIsAValidationError() {
        Answer answer = client.post(IGC, """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F",
                  "aliases": ["a@x.be", "b@x.be", "c@x.be", "d@x.be"]},
                 "destinationPhoneNumbers": ["sip:bob@example.com"]}""".formatted(uniqueId("alias", "sip.netaxis.be")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("serviceInstanceProfile.aliases", "destinationPhoneNumbers[0].<list element>");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    private static String body(String serviceUserId, String phoneNumber) {
        return """
                {"serviceUserId": "%s",
                 "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "%s"}}"""
                .formatted(serviceUserId, phoneNumber);
    }
}
