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

/** Group and enterprise departments (API.md §2) on create, update, get and list. */
@GatewayTest
class DepartmentApiTest extends GatewayApiTest {

    private static final String GROUP_DEPARTMENT = """
            {"tenantId": "ApioSpTest", "groupId": "ApioGrpTest", "departmentName": "test_department_parent_1"}""";
    private static final String ENTERPRISE_DEPARTMENT = """
            {"tenantId": "ApioSpTest", "departmentName": "ent_department"}""";

    @Test
    void aGroupDepartmentAndAnEnterpriseDepartmentEachRoundTripInTheirOwnShape() {
        String id = create(withDepartment(GROUP_DEPARTMENT));
        assertThat(profileOf(client.get(IGC + id)).path("department")).isEqualTo(json(GROUP_DEPARTMENT));
        assertThat(itemOf(client.get(IGC), id).path("department")).isEqualTo(json("""
                {"tenantId": "ApioSpTest", "groupId": "ApioGrpTest", "departmentName": "test_department_parent_1",
                 "fullPathName": "test_department_parent_1"}"""));

        Answer toEnterprise = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"department\": " + ENTERPRISE_DEPARTMENT + "}}");
        assertThat(profileOf(toEnterprise).path("department")).isEqualTo(json(ENTERPRISE_DEPARTMENT));
        assertThat(profileOf(client.get(IGC + id)).path("department")).isEqualTo(json(ENTERPRISE_DEPARTMENT));
        assertThat(itemOf(client.get(IGC), id).path("department")).isEqualTo(json("""
                {"tenantId": "ApioSpTest", "departmentName": "ent_department", "fullPathName": "ent_department"}"""));
    }

    @Test
    void anEnterpriseDepartmentOnCreateAndAGroupDepartmentOnUpdate() {
        String id = create(withDepartment(ENTERPRISE_DEPARTMENT));
        assertThat(profileOf(client.get(IGC + id)).path("department")).isEqualTo(json(ENTERPRISE_DEPARTMENT));
        JsonNode listed = itemOf(client.get(IGC), id).path("department");
        assertThat(listed.has("groupId")).isFalse();
        assertThat(listed.path("fullPathName").asText()).isEqualTo("ent_department");

        String nested = """
                {"tenantId": "ApioSpTest", "groupId": "ApioGrpTest", "departmentName": "test_department_initial"}""";
        Answer toGroup = client.put(IGC + id, "{\"serviceInstanceProfile\": {\"department\": " + nested + "}}");
        assertThat(profileOf(toGroup).path("department")).isEqualTo(json(nested));
        assertThat(itemOf(client.get(IGC), id).path("department").path("fullPathName").asText())
                .isEqualTo("test_department_parent_1 \\ test_department_initial");
    }

    @Test
    void anUnknownDepartmentIsRejectedWithBroadWorksReasonAndChangesNothing() {
        String missingGroupDepartment = """
                {"tenantId": "ApioSpTest", "groupId": "ApioGrpTest", "departmentName": "no_such_department"}""";
        String id = uniqueId("dept", "sip.netaxis.be");
        Answer refused = client.post(IGC, "{\"serviceUserId\": \"" + id + "\", " + withDepartment(missingGroupDepartment) + "}");
        assertError(refused, 400, 20, "BROADWORKS_REJECTED");
        assertThat(detailsOf(refused).path("broadworksCode").asInt()).isEqualTo(4604);
        assertThat(detailsOf(refused).path("summary").asText()).contains("no_such_department");
        assertError(client.get(IGC + id), 404, 4, "NOT_FOUND");

        String existing = create(withDepartment(GROUP_DEPARTMENT));
        Answer unknownEnterprise = client.put(IGC + existing, """
                {"serviceInstanceProfile": {"department": {"tenantId": "ApioSpTest", "departmentName": "no_such_department"}}}""");
        assertError(unknownEnterprise, 400, 20, "BROADWORKS_REJECTED");
        assertThat(detailsOf(unknownEnterprise).path("broadworksCode").asInt()).isEqualTo(4604);
        assertThat(profileOf(client.get(IGC + existing)).path("department")).isEqualTo(json(GROUP_DEPARTMENT));
    }

    @Test
    void aDepartmentOfAnotherGroupIsAValidationError() {
        Answer answer = client.post(IGC, "{\"serviceUserId\": \"" + uniqueId("dept", "sip.netaxis.be") + "\", "
                + withDepartment("""
                        {"tenantId": "ApioSpTest", "groupId": "ApioGrpOther", "departmentName": "other_department"}""") + "}");
        assertError(answer, 400, 1, "VALIDATION_ERROR");
        assertThat(detailsOf(answer).path("field").asText()).isEqualTo("serviceInstanceProfile.department.groupId");
        assertThat(sentDocuments.documents()).isEmpty();
    }

    private static String withDepartment(String department) {
        return """
                "serviceInstanceProfile": {"name": "N", "cliLastName": "L", "cliFirstName": "F", "department": %s}"""
                .formatted(department);
    }
}
