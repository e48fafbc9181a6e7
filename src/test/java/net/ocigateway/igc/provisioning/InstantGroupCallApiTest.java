package net.ocigateway.igc.provisioning;

import static net.ocigateway.igc.GatewayClient.IGC;
import static net.ocigateway.igc.GatewayClient.IGC_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.ocigateway.igc.GatewayClient;
import net.ocigateway.igc.GatewayClient.Answer;
import net.ocigateway.igc.GatewayTest;
import org.junit.jupiter.api.Test;

/** The REST API as a portal sees it, against the embedded BroadWorks. */
@GatewayTest
class InstantGroupCallApiTest extends GatewayApiTest {

    /** The seed page's create example, verbatim. */
    static final String SEED_CREATE = """
            {
               "serviceUserId": "APIOTestIGC@sip.netaxis.be",
               "serviceInstanceProfile": {
                  "name": "Test User",
                  "department": {
                      "tenantId": "ApioSpTest",
                      "groupId": "ApioGrpTest",
                      "departmentName": "test_department_initial"
                  },
                  "cliFirstName": "First Name",
                  "cliLastName": "Last Name",
                  "language": "English",
                  "timeZone": "Europe/Brussels"
               },
               "answerTimeoutMinutes": 5,
               "answerTimeoutEnabled": true,
               "destinationPhoneNumbers": ["+3271123456"],
               "templateName": "basic",
               "active": true
            }""";

    /** The seed page's update example, verbatim. */
    static final String SEED_UPDATE = """
            {
               "serviceInstanceProfile": {
                  "name": "Test User",
                  "department": {
                      "tenantId": "ApioSpTest",
                      "groupId": "ApioGrpTest",
                      "departmentName": "test_department_initial"
                  },
                  "cliFirstName": "First Name",
                  "cliLastName": "Last Name",
                  "language": "English",
                  "timeZone": "Europe/Brussels"
               },
               "answerTimeoutMinutes": 5,
               "answerTimeoutEnabled": true,
               "destinationPhoneNumbers": ["+3271123456"],
               "active": true
            }""";

    @Test
    void seedExamplesWorkVerbatim() {
        removeAfterTest(IGC, "APIOTestIGC@sip.netaxis.be");
        Answer create = client.post(IGC, SEED_CREATE);
        assertThat(create.status()).as(create.toString()).isEqualTo(201);
        assertThat(create.header("Location"))
                .isEqualTo("/api/v1/tenants/ApioSpTest/groups/ApioGrpTest/services/instant_group_calls/APIOTestIGC@sip.netaxis.be/");
        JsonNode body = create.body();
        assertThat(body.path("serviceUserId").asText()).isEqualTo("APIOTestIGC@sip.netaxis.be");
        assertThat(body.path("serviceInstanceProfile").path("name").asText()).isEqualTo("Test User");
        assertThat(body.path("serviceInstanceProfile").path("department"))
                .isEqualTo(GatewayClient.json("""
                        {"tenantId":"ApioSpTest","groupId":"ApioGrpTest","departmentName":"test_department_initial"}"""));
        assertThat(body.path("answerTimeoutMinutes").asInt()).isEqualTo(5);
        assertThat(body.path("answerTimeoutEnabled").asBoolean()).isTrue();
        assertThat(body.path("destinationPhoneNumbers")).isEqualTo(GatewayClient.json("[\"+3271123456\"]"));
        assertThat(body.has("password")).isFalse();
        assertThat(body.has("templateName")).isFalse();

        Answer get = client.get(IGC + "APIOTestIGC@sip.netaxis.be/");
        assertThat(get.status()).as(get.toString()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(body);
        assertThat(client.get(IGC + "APIOTestIGC%40sip.netaxis.be").body()).isEqualTo(body);

        JsonNode item = itemOf(client.get(IGC), "APIOTestIGC@sip.netaxis.be");
        assertThat(item.path("name").asText()).isEqualTo("Test User");
        assertThat(item.path("active").asBoolean()).isTrue();
        assertThat(item.path("department")).isEqualTo(GatewayClient.json("""
                {"tenantId":"ApioSpTest","groupId":"ApioGrpTest","departmentName":"test_department_initial",
                 "fullPathName":"test_department_parent_1 \\\\ test_department_initial"}"""));

        Answer update = client.put(IGC + "APIOTestIGC@sip.netaxis.be/", SEED_UPDATE);
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.body().path("serviceInstanceProfile").path("cliLastName").asText()).isEqualTo("Last Name");

        Answer delete = client.delete(IGC + "APIOTestIGC@sip.netaxis.be/");
        assertThat(delete.status()).isEqualTo(200);
        assertThat(delete.body()).isEqualTo(GatewayClient.json("{}"));
        Answer gone = client.get(IGC + "APIOTestIGC@sip.netaxis.be/");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.error()).isEqualTo("NOT_FOUND");
    }

    @Test
    void partialUpdateKeepsAbsentFieldsAndNullClearsClearableOnes() {
        String id = create("""
                "serviceInstanceProfile": {"name": "Full", "cliLastName": "L", "cliFirstName": "F",
                  "phoneNumber": "+3271123401", "extension": "3401",
                  "department": {"tenantId": "ApioSpTest", "groupId": "ApioGrpTest", "departmentName": "test_department_initial"}},
                "answerTimeoutEnabled": true, "answerTimeoutMinutes": 7,
                "destinationPhoneNumbers": ["+3271123456", "alice@example.com"]""");

        Answer renamed = client.put(IGC + id, """
                {"serviceInstanceProfile": {"name": "Renamed"}}""");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonNode profile = renamed.body().path("serviceInstanceProfile");
        assertThat(profile.path("name").asText()).isEqualTo("Renamed");
        assertThat(profile.path("phoneNumber").asText()).isEqualTo("+3271123401");
        assertThat(profile.path("extension").asText()).isEqualTo("3401");
        assertThat(renamed.body().path("answerTimeoutMinutes").asInt()).isEqualTo(7);

        Answer cleared = client.put(IGC + id, """
                {"serviceInstanceProfile": {"phoneNumber": null, "extension": null, "department": null},
                 "answerTimeoutMinutes": null, "destinationPhoneNumbers": []}""");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        JsonNode after = cleared.body();
        assertThat(after.path("serviceInstanceProfile").has("phoneNumber")).isFalse();
        assertThat(after.path("serviceInstanceProfile").has("extension")).isFalse();
        assertThat(after.path("serviceInstanceProfile").has("department")).isFalse();
        assertThat(after.has("answerTimeoutMinutes")).isFalse();
        assertThat(after.path("destinationPhoneNumbers").size()).isZero();
        assertThat(after.path("serviceInstanceProfile").path("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void hostileTextRoundTripsLiterally() {
        String name = "<a>&]]>\"'";
        String last = "Zoë Ωμέγα 日本 &amp;";
        String id = create("""
                "serviceInstanceProfile": {"name": "%s", "cliLastName": "%s", "cliFirstName": "x<!--"}"""
                .formatted(name.replace("\"", "\\\""), last));
        JsonNode profile = client.get(IGC + id).body().path("serviceInstanceProfile");
        assertThat(profile.path("name").asText()).isEqualTo(name);
        assertThat(profile.path("cliLastName").asText()).isEqualTo(last);
        assertThat(profile.path("cliFirstName").asText()).isEqualTo("x<!--");
    }

    @Test
    void invalidCreateReportsEveryProblemAndSendsNothing() {
        Answer answer = client.post(IGC, """
                {"serviceUserId": "no-at-sign", "serviceInstanceProfile": {"name": "%s"},
                 "answerTimeoutMinutes": 61, "destinationPhoneNumbers": ["sip:bob@example.com"]}"""
                .formatted("x".repeat(31)));
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.body().path("errors").forEach(error -> {
            assertThat(error.path("code").asInt()).isEqualTo(1);
            assertThat(error.path("message").asText()).isEqualTo("VALIDATION_ERROR");
            fields.add(error.path("details").path("field").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("serviceInstanceProfile.cliLastName",
                "serviceInstanceProfile.cliFirstName", "serviceUserId", "serviceInstanceProfile.name",
                "answerTimeoutMinutes", "destinationPhoneNumbers[0].<list element>");
        assertThat(fields.subList(0, 2)).containsExactlyInAnyOrder(
                "serviceInstanceProfile.cliLastName", "serviceInstanceProfile.cliFirstName");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRejectedWithTheirOwnCode() {
        assertError(client.post(IGC, "{\"serviceInstanceProfile\": "), 400, 2, "MALFORMED_JSON");
        assertError(client.post(IGC, "[1, 2]"), 400, 2, "MALFORMED_JSON");
        assertError(client.send("POST", IGC, "<xml/>", "application/xml"), 415, 3, "UNSUPPORTED_MEDIA_TYPE");
        assertError(client.post(IGC, "{\"pad\": \"" + "x".repeat(70_000) + "\"}"), 413, 13, "PAYLOAD_TOO_LARGE");
        assertError(client.put(IGC + "a@b", "{\"answerTimeoutMinutes\": \"soon\"}"), 400, 1, "VALIDATION_ERROR");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    @Test
    void anInstanceOfAnotherGroupIsNotFoundThroughThisGroup() {
        String other = "/api/v1/tenants/ApioSpTest/groups/ApioGrpOther/services/instant_group_calls/";
        String id = uniqueId("foreign", "other.netaxis.be");
        Answer made = client.post(other, """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "F", "cliLastName": "L", "cliFirstName": "F"}}"""
                .formatted(id));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        try {
            assertError(client.get(IGC + id), 404, 4, "NOT_FOUND");
            assertError(client.put(IGC + id, "{\"answerTimeoutEnabled\": true}"), 404, 4, "NOT_FOUND");
            assertError(client.delete(IGC + id), 404, 4, "NOT_FOUND");
            assertThat(client.get(other + id).body().path("answerTimeoutEnabled").asBoolean()).isFalse();
        } finally {
            client.delete(other + id);
        }
    }

    @Test
    void unknownGroupAndInstanceAreNotFound() {
        assertError(client.get("/api/v1/tenants/ApioSpTest/groups/NoSuchGroup/services/instant_group_calls/"),
                404, 4, "NOT_FOUND");
        assertError(client.get(IGC + "nobody@sip.netaxis.be"), 404, 4, "NOT_FOUND");
        assertError(client.delete(IGC + "nobody@sip.netaxis.be"), 404, 4, "NOT_FOUND");
    }

    @Test
    void aTakenIdOrPhoneNumberIsAConflict() {
        String id = create("""
                "serviceInstanceProfile": {"name": "A", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123402"}""");
        assertError(client.post(IGC, """
                {"serviceUserId": "%s", "serviceInstanceProfile": {"name": "B", "cliLastName": "L", "cliFirstName": "F"}}"""
                .formatted(id)), 409, 5, "ALREADY_EXISTS");
        Answer samePhone = client.post(IGC, """
                {"serviceUserId": "%s",
                 "serviceInstanceProfile": {"name": "C", "cliLastName": "L", "cliFirstName": "F", "phoneNumber": "+3271123402"}}"""
                .formatted(uniqueId("other", "sip.netaxis.be")));
        assertError(samePhone, 409, 5, "ALREADY_EXISTS");
    }

    @Test
    void aDepartmentOfAnotherTenantIsAValidationError() {
        Answer answer = client.post(IGC, """
                {"serviceUserId": "d@sip.netaxis.be", "serviceInstanceProfile": {"name": "D", "cliLastName": "L", "cliFirstName": "F",
                  "department": {"tenantId": "Elsewhere", "departmentName": "x"}}}""");
        assertError(answer, 400, 1, "VALIDATION_ERROR");
        assertThat(answer.body().path("errors").path(0).path("details").path("field").asText())
                .isEqualTo("serviceInstanceProfile.department.tenantId");
    }

    @Test
    void unknownTemplateIsRejected() {
        assertError(client.post(IGC, """
                {"serviceUserId": "t@sip.netaxis.be", "templateName": "nope",
                 "serviceInstanceProfile": {"name": "T", "cliLastName": "L", "cliFirstName": "F"}}"""),
                400, 11, "TEMPLATE_NOT_FOUND");
    }

    @Test
    void bulkActiveAnswers200WhenAllSucceedAnd207ListingEveryItemOtherwise() {
        String a = create("\"serviceInstanceProfile\": {\"name\": \"A\", \"cliLastName\": \"L\", \"cliFirstName\": \"F\"}");
        String b = create("\"serviceInstanceProfile\": {\"name\": \"B\", \"cliLastName\": \"L\", \"cliFirstName\": \"F\"}");
        Answer allGood = client.put(IGC_ACTIVE, """
                {"services": [{"serviceUserId": "%s", "active": true}, {"serviceUserId": "%s", "active": true}]}"""
                .formatted(a, b));
        assertThat(allGood.status()).as(allGood.toString()).isEqualTo(200);
        assertThat(allGood.body()).isEqualTo(GatewayClient.json("{}"));
        assertThat(itemOf(client.get(IGC), a).path("active").asBoolean()).isTrue();

        Answer mixed = client.put(IGC_ACTIVE, """
                {"services": [{"serviceUserId": "%s", "active": false},
                              {"serviceUserId": "ghost@sip.netaxis.be", "active": false},
                              {"serviceUserId": "%s", "active": false}]}""".formatted(a, b));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(207);
        JsonNode results = mixed.body().path("results");
        assertThat(results.size()).isEqualTo(3);
        assertThat(results.path(0).path("serviceUserId").asText()).isEqualTo(a);
        assertThat(results.path(0).path("status").asInt()).isEqualTo(200);
        assertThat(results.path(1).path("status").asInt()).isEqualTo(404);
        assertThat(results.path(1).path("errors").path(0).path("message").asText()).isEqualTo("NOT_FOUND");
        assertThat(results.path(2).path("status").asInt()).isEqualTo(200);
        assertThat(itemOf(client.get(IGC), b).path("active").asBoolean()).isFalse();
    }

    @Test
    void bulkActiveRejectsEmptyAndDuplicateLists() {
        assertError(client.put(IGC_ACTIVE, "{\"services\": []}"), 400, 1, "VALIDATION_ERROR");
        assertError(client.put(IGC_ACTIVE, """
                {"services": [{"serviceUserId": "x@y", "active": true}, {"serviceUserId": "x@y", "active": false}]}"""),
                400, 1, "VALIDATION_ERROR");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    static JsonNode itemOf(Answer list, String serviceUserId) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode item : list.body().path("instantGroupCalls")) {
            if (item.path("serviceUserId").asText().equals(serviceUserId)) {
                return item;
            }
        }
        throw new AssertionError(serviceUserId + " not in list " + list);
    }

    static void assertError(Answer answer, int status, int code, String message) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        JsonNode error = answer.body().path("errors").path(0);
        assertThat(error.path("code").asInt()).as(answer.toString()).isEqualTo(code);
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(error.path("details").path("reason").asText()).isNotBlank();
    }
}
