package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.json;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.ocigateway.igc.GatewayClient.Answer;
import org.junit.jupiter.api.Test;

/** Templates with their own ID rules and list defaults (API.md §4, §5), from the test templates folder. */
@AllSettingsOn
class TemplateRuleApiTest extends GatewayApiTest {

    private static final String ADD = "GroupInstantGroupCallAddInstanceRequest14";

    @Test
    void aTemplateRuleFillsEveryPhonePlaceholder() {
        Answer created = client.post(IGC, """
                {"templateName": "by-phone",
                 "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "071123410"}}""");
        String id = "igc+3271123410-32-71123410@sip.netaxis.be";
        removeAfterTest(IGC, id);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo(id);
        assertThat(client.get(IGC + id).body().path("serviceUserId").asText()).isEqualTo(id);

        Answer withoutPhone = client.post(IGC, "{\"templateName\": \"by-phone\", " + MINIMAL_PROFILE + "}");
        assertError(withoutPhone, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(withoutPhone).path("reason").asText())
                .contains("igc{{phone_number_e164}}-{{country_code}}-{{national_no_0}}@{{domain}}");
    }

    @Test
    void aTakenRandomIdIsDrawnAgainAndAllTakenIsAConflictAfterFiveDraws() {
        IntStream.range(0, 9).forEach(digit -> createIn(IGC, "rnd" + digit + "@sip.netaxis.be", MINIMAL_PROFILE));
        String oneDigit = "{\"templateName\": \"one-digit\", " + MINIMAL_PROFILE + "}";

        // Five draws among ten IDs find the one free ID in 41% of creates; a failed create must have drawn five times.
        List<Answer> conflicts = new ArrayList<>();
        Answer created = null;
        for (int attempt = 0; attempt < 30 && created == null; attempt++) {
            sentDocuments.clear();
            Answer answer = client.post(IGC, oneDigit);
            if (answer.status() == 201) {
                created = answer;
                removeAfterTest(IGC, "rnd9@sip.netaxis.be");
            } else {
                conflicts.add(answer);
                assertError(answer, 409, 5, "ALREADY_EXISTS");
                assertThat(serviceUserIdsSentIn(ADD)).hasSize(5).allMatch(id -> id.matches("rnd[0-8]@sip\\.netaxis\\.be"));
            }
            sentDocuments.assertAllValid();
        }
        assertThat(created).as("no free ID drawn in 30 creates: %s", conflicts).isNotNull();
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo("rnd9@sip.netaxis.be");
        List<String> drawn = serviceUserIdsSentIn(ADD);
        assertThat(drawn).hasSizeBetween(1, 5).endsWith("rnd9@sip.netaxis.be");
        assertThat(drawn.subList(0, drawn.size() - 1)).allMatch(id -> id.matches("rnd[0-8]@sip\\.netaxis\\.be"));

        sentDocuments.clear();
        assertError(client.post(IGC, oneDigit), 409, 5, "ALREADY_EXISTS");
        assertThat(serviceUserIdsSentIn(ADD)).hasSize(5);
    }

    @Test
    void templateDefaultsGoUnderTheRequestObjectsMergeAndArraysReplace() {
        String id = uniqueId("paging", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, """
                "templateName": "paging",
                "serviceInstanceProfile": {"name": "Paging", "cliLastName": "L", "cliFirstName": "F", "timeZone": "Europe/London"},
                "destinationPhoneNumbers": ["+3271112233"]""");
        assertThat(profileOf(created).path("name").asText()).isEqualTo("Paging");
        assertThat(profileOf(created).path("language").asText()).isEqualTo("French");
        assertThat(profileOf(created).path("timeZone").asText()).isEqualTo("Europe/London");
        assertThat(profileOf(created).path("aliases")).isEqualTo(json("[\"paging-default@sip.netaxis.be\"]"));
        assertThat(created.body().path("destinationPhoneNumbers")).isEqualTo(json("[\"+3271112233\"]"));
        assertThat(created.body().path("answerTimeoutEnabled").asBoolean()).isTrue();
        assertThat(created.body().path("answerTimeoutMinutes").asInt()).isEqualTo(3);
        assertThat(client.get(IGC + id).body()).isEqualTo(created.body());
    }
}
