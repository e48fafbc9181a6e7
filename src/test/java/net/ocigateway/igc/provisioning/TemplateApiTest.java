package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.assertError;
import static net.ocigateway.igc.provisioning.InstantGroupCallApiTest.itemOf;
import static org.assertj.core.api.Assertions.assertThat;

import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import org.junit.jupiter.api.Test;

/** The shipped template {@code basic} (API.md §5) with every setting off. */
@GatewayTest
class TemplateApiTest extends GatewayApiTest {

    @Test
    void theBasicTemplateFillsItsDefaultsAndItsIdRule() {
        Answer created = client.post(IGC, "{\"templateName\": \"basic\", " + MINIMAL_PROFILE + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().path("serviceUserId").asText();
        removeAfterTest(IGC, id);
        assertThat(id).matches("ApioGrpTest_igc[0-9]{4}@sip\\.netaxis\\.be");
        assertThat(profileOf(created).path("language").asText()).isEqualTo("English");
        assertThat(profileOf(created).path("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(created.body().path("answerTimeoutEnabled").asBoolean()).isFalse();
        assertThat(created.body().has("templateName")).isFalse();
        assertThat(itemOf(client.get(IGC), id).path("active").asBoolean()).isTrue();
    }

    @Test
    void theRequestWinsOverTheTemplateAndObjectsMerge() {
        String id = uniqueId("tpl", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, """
                "templateName": "basic",
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "language": "French"},
                "answerTimeoutEnabled": true, "answerTimeoutMinutes": 4, "active": false""");
        assertThat(created.body().path("serviceUserId").asText()).isEqualTo(id);
        assertThat(profileOf(created).path("language").asText()).isEqualTo("French");
        assertThat(profileOf(created).path("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(created.body().path("answerTimeoutEnabled").asBoolean()).isTrue();
        assertThat(created.body().path("answerTimeoutMinutes").asInt()).isEqualTo(4);
        assertThat(itemOf(client.get(IGC), id).path("active").asBoolean()).isFalse();
    }

    @Test
    void anEmptyTemplateNameMeansNoTemplate() {
        String id = uniqueId("plain", "sip.netaxis.be");
        Answer created = createdIn(IGC, id, "\"templateName\": \"\", " + MINIMAL_PROFILE);
        assertThat(profileOf(created).has("language")).isFalse();
        assertThat(profileOf(created).has("timeZone")).isFalse();
        assertThat(itemOf(client.get(IGC), id).path("active").asBoolean()).isFalse();

        Answer withoutId = client.post(IGC, "{\"templateName\": \"\", " + MINIMAL_PROFILE + "}");
        assertError(withoutId, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(withoutId).path("reason").asText()).isEqualTo("serviceUserId is required");
    }

    @Test
    void anUnknownTemplateIsRejectedBeforeBroadWorksIsAsked() {
        Answer answer = client.post(IGC, "{\"templateName\": \"no-such-template\", " + MINIMAL_PROFILE + "}");
        assertError(answer, 400, 11, "TEMPLATE_NOT_FOUND");
        assertThat(detailsOf(answer).path("field").asText()).isEqualTo("templateName");
        assertThat(detailsOf(answer).path("reason").asText()).contains("no-such-template");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    @Test
    void aCreateThatCollidesLeavesTheExistingInstanceAsItWas() {
        String mine = create(MINIMAL_PROFILE + ", \"active\": false");
        String foreign = createIn(OTHER_IGC, uniqueId("foreign", "other.netaxis.be"), MINIMAL_PROFILE + ", \"active\": false");

        for (String taken : new String[] {mine, foreign}) {
            Answer clash = client.post(IGC, """
                    {"serviceUserId": "%s", "templateName": "basic",
                     "serviceInstanceProfile": {"name": "Intruder", "cliLastName": "L", "cliFirstName": "F"}}"""
                    .formatted(taken));
            assertError(clash, 409, 5, "ALREADY_EXISTS");
        }
        assertThat(itemOf(client.get(IGC), mine).path("active").asBoolean()).isFalse();
        assertThat(itemOf(client.get(OTHER_IGC), foreign).path("active").asBoolean()).isFalse();
        assertThat(profileOf(client.get(OTHER_IGC + foreign)).path("name").asText()).isEqualTo("N");
    }
}
