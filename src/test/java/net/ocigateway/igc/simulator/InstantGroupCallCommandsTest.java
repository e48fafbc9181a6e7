package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.SimulatorClient.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class InstantGroupCallCommandsTest extends SimulatorHttpTest {

    private static final String SALES = "igc-sales@sip.netaxis.be";
    private static final String GROUP_DEPARTMENT = """
            <department xsi:type="GroupDepartmentKey">
              <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId><name>test_department_initial</name>
            </department>""";

    @BeforeEach
    void login() throws Exception {
        client.login();
    }

    @Test
    void addedInstanceIsReadBackInSchemaOrderWithoutItsPassword() throws Exception {
        String added = client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallAddInstanceRequest14" echo="add-1">
                  <serviceProviderId>ApioSpTest</serviceProviderId>
                  <groupId>ApioGrpTest</groupId>
                  <serviceUserId>igc-sales@sip.netaxis.be</serviceUserId>
                  <serviceInstanceProfile>
                    <name>Sales IGC</name>
                    <callingLineIdLastName>Sales</callingLineIdLastName>
                    <callingLineIdFirstName>IGC</callingLineIdFirstName>
                    <hiraganaLastName>Hira</hiraganaLastName>
                    <phoneNumber>+32-71123400</phoneNumber>
                    <extension>3400</extension>
                    <password>secret-pw</password>
                    %s
                    <language>English</language>
                    <timeZone>Europe/Brussels</timeZone>
                    <alias>sales1@sip.netaxis.be</alias>
                    <alias>sales2@sip.netaxis.be</alias>
                    <publicUserIdentity>sales@sip.netaxis.be</publicUserIdentity>
                    <callingLineIdPhoneNumber>+3271100000</callingLineIdPhoneNumber>
                  </serviceInstanceProfile>
                  <destinationPhoneNumber>+32-71000001</destinationPhoneNumber>
                  <destinationPhoneNumber>alice@acme.example</destinationPhoneNumber>
                  <isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled>
                  <answerTimeoutMinutes>5</answerTimeoutMinutes>
                  <networkClassOfService>ncos-1</networkClassOfService>
                </command>"""
                .formatted(GROUP_DEPARTMENT));
        assertThat(added).contains("<command echo=\"add-1\" xsi:type=\"c:SuccessResponse\" xmlns:c=\"C\" xmlns=\"\"/>");

        String got = client.send(getCommand(SALES));

        assertThat(xpath(got, "/*/command/@*[local-name()='type']")).isEqualTo("GroupInstantGroupCallGetInstanceResponse19sp1");
        assertThat(elementNames(got, "/*/command/serviceInstanceProfile/*")).isEqualTo(
                "name,callingLineIdLastName,callingLineIdFirstName,hiraganaLastName,phoneNumber,extension,countryCode,"
                        + "nationalPrefix,department,language,timeZone,timeZoneDisplayName,alias,alias,publicUserIdentity,"
                        + "callingLineIdPhoneNumber");
        assertThat(xpath(got, "/*/command/serviceInstanceProfile/phoneNumber")).isEqualTo("71123400");
        assertThat(xpath(got, "/*/command/serviceInstanceProfile/countryCode")).isEqualTo("32");
        assertThat(xpath(got, "/*/command/serviceInstanceProfile/nationalPrefix")).isEqualTo("0");
        assertThat(xpath(got, "/*/command/serviceInstanceProfile/department/name")).isEqualTo("test_department_initial");
        assertThat(got).contains("<department xsi:type=\"GroupDepartmentKey\">");
        assertThat(xpath(got, "/*/command/serviceInstanceProfile/timeZoneDisplayName")).isEqualTo("(GMT+01:00) Europe/Brussels");
        assertThat(got).doesNotContain("secret-pw").doesNotContain("password");
        assertThat(elementNames(got, "/*/command/*")).isEqualTo(
                "serviceInstanceProfile,destinationPhoneNumber,destinationPhoneNumber,isAnswerTimeoutEnabled,"
                        + "answerTimeoutMinutes,networkClassOfService");
        assertThat(xpath(got, "/*/command/destinationPhoneNumber[2]")).isEqualTo("alice@acme.example");
        assertThat(xpath(got, "/*/command/isAnswerTimeoutEnabled")).isEqualTo("true");
    }

    @Test
    void listShowsTheTableWithHeadingsDashedNumbersEmptyCellsAndFiltersByDepartment() throws Exception {
        client.send(addCommand(SALES, "<phoneNumber>+3271123401</phoneNumber><extension>3401</extension>" + GROUP_DEPARTMENT)
                + addCommand("igc-ops@sip.netaxis.be", ""));

        String list = client.send(listCommand("ApioGrpTest"));

        assertThat(elementTexts(list, "/*/command/instantGroupCallTable/colHeading"))
                .isEqualTo("Service User Id|Name|Phone Number|Extension|Department|Is Active");
        assertThat(elementTexts(list, "/*/command/instantGroupCallTable/row[col[1]='" + SALES + "']/col"))
                .isEqualTo(SALES + "|Sales IGC|+32-71123401|3401|test_department_initial|false");
        assertThat(list).contains("<row><col>igc-ops@sip.netaxis.be</col><col>Sales IGC</col><col/><col/><col/><col>false</col></row>");

        String filtered = client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallGetInstanceListRequest">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                  <groupDepartmentName>test_department_initial</groupDepartmentName>
                </command>""");
        assertThat(xpath(filtered, "count(//row)")).isEqualTo("1");
        assertThat(xpath(filtered, "//row/col[1]")).isEqualTo(SALES);
    }

    @Test
    void nationalNumbersQuirkListsNumbersWithoutCountryCode() throws Exception {
        client.send(addCommand(SALES, "<phoneNumber>71123402</phoneNumber>"));
        properties.getQuirks().setNationalNumbersInList(true);

        assertThat(xpath(client.send(listCommand("ApioGrpTest")), "//row/col[3]")).isEqualTo("71123402");
    }

    @Test
    void rulesOfTheStoreGiveTheirErrors() throws Exception {
        client.send(addCommand(SALES, "<phoneNumber>+32-71123403</phoneNumber><extension>3403</extension>"));

        assertThat(summaryOf(addCommand(SALES, ""))).isEqualTo("[Error 4600] User already exists: " + SALES);
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "<phoneNumber>+3271123403</phoneNumber>")))
                .isEqualTo("[Error 4601] Phone number already in use: +3271123403");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "<phoneNumber>+3281000001</phoneNumber>")))
                .isEqualTo("[Error 4602] Phone number is not assigned to the group: +3281000001");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "<extension>3403</extension>")))
                .isEqualTo("[Error 4603] Extension already in use in the group: 3403");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", GROUP_DEPARTMENT.replace("test_department_initial", "nope"))))
                .isEqualTo("[Error 4604] Department not found: nope");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "").replace("ApioGrpTest", "Nope")))
                .isEqualTo("[Error 4152] Group not found: ApioSpTest:Nope");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "").replace("ApioSpTest", "NoSp")))
                .isEqualTo("[Error 4150] Service provider not found: NoSp");
        assertThat(summaryOf(addCommand("b@sip.netaxis.be", "").replace("ApioGrpTest", "ApioGrpNoIgc")))
                .startsWith("[Error 4400] ");
        assertThat(summaryOf(addCommand("no-domain", ""))).startsWith("[Error 4605] ");
        assertThat(summaryOf(getCommand("ghost@sip.netaxis.be"))).isEqualTo("[Error 4008] User not found: ghost@sip.netaxis.be");
    }

    @Test
    void schemaViolationsAreRejectedWhileTheOtherCommandsStillRun() throws Exception {
        String outOfOrder = addCommand("x1@sip.netaxis.be", "<extension>3404</extension><phoneNumber>+3271123404</phoneNumber>");
        String missingRequired = addCommand("x2@sip.netaxis.be", "").replace("<callingLineIdLastName>Sales</callingLineIdLastName>", "");
        String nameTooLong = addCommand("x3@sip.netaxis.be", "").replace("Sales IGC", "N".repeat(31));
        String timeoutOutOfRange = addCommand("x4@sip.netaxis.be", "")
                .replace("<isAnswerTimeoutEnabled>false</isAnswerTimeoutEnabled>",
                        "<isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled><answerTimeoutMinutes>61</answerTimeoutMinutes>");
        String nilDepartmentOnAdd = addCommand("x5@sip.netaxis.be", "<department xsi:type=\"GroupDepartmentKey\" xsi:nil=\"true\"/>");
        String untypedDepartment = addCommand("x6@sip.netaxis.be", GROUP_DEPARTMENT.replace(" xsi:type=\"GroupDepartmentKey\"", ""));
        String fourAliases = addCommand("x7@sip.netaxis.be", "<alias>a@b</alias>".repeat(4));

        String answer = client.send(outOfOrder + missingRequired + nameTooLong + timeoutOutOfRange + nilDepartmentOnAdd
                + untypedDepartment + fourAliases + addCommand(SALES, ""));

        for (int i = 1; i <= 7; i++) {
            assertThat(xpath(answer, "/*/command[" + i + "]/summary")).as("command " + i).startsWith("[Error 4605] ");
        }
        assertThat(xpath(answer, "/*/command[1]/summary")).contains("'phoneNumber'");
        assertThat(xpath(answer, "/*/command[8]/@*[local-name()='type']")).isEqualTo("c:SuccessResponse");
        assertThat(xpath(client.send(getCommand(SALES)), "/*/command/serviceInstanceProfile/name")).isEqualTo("Sales IGC");
    }

    @Test
    void modifyKeepsAbsentValuesClearsNilOnesAndReplacesLists() throws Exception {
        client.send(addCommand(SALES, "<phoneNumber>+3271123405</phoneNumber><extension>3405</extension>" + GROUP_DEPARTMENT
                + "<timeZone>Europe/Brussels</timeZone><alias>old@sip.netaxis.be</alias>")
                .replace("<isAnswerTimeoutEnabled>false</isAnswerTimeoutEnabled>",
                        "<destinationPhoneNumber>1001</destinationPhoneNumber>"
                                + "<isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled><answerTimeoutMinutes>7</answerTimeoutMinutes>"));

        String modified = client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                  <serviceUserId>igc-sales@sip.netaxis.be</serviceUserId>
                  <serviceInstanceProfile>
                    <name>Sales IGC 2</name>
                    <phoneNumber xsi:nil="true"/>
                    <department xsi:type="GroupDepartmentKey" xsi:nil="true"/>
                    <sipAliasList><sipAlias>new1@sip.netaxis.be</sipAlias><sipAlias>new2@sip.netaxis.be</sipAlias></sipAliasList>
                  </serviceInstanceProfile>
                  <destinationPhoneNumberList><phoneNumber>2002</phoneNumber><phoneNumber>bob@acme.example</phoneNumber></destinationPhoneNumberList>
                  <answerTimeoutMinutes xsi:nil="true"/>
                </command>""");
        assertThat(modified).contains("c:SuccessResponse");

        String got = client.send(getCommand(SALES));
        assertThat(xpath(got, "//serviceInstanceProfile/name")).isEqualTo("Sales IGC 2");
        assertThat(xpath(got, "//serviceInstanceProfile/callingLineIdLastName")).isEqualTo("Sales");
        assertThat(xpath(got, "//serviceInstanceProfile/extension")).isEqualTo("3405");
        assertThat(xpath(got, "//serviceInstanceProfile/timeZone")).isEqualTo("Europe/Brussels");
        assertThat(xpath(got, "count(//serviceInstanceProfile/phoneNumber)")).isEqualTo("0");
        assertThat(xpath(got, "count(//serviceInstanceProfile/department)")).isEqualTo("0");
        assertThat(elementTexts(got, "//serviceInstanceProfile/alias")).isEqualTo("new1@sip.netaxis.be|new2@sip.netaxis.be");
        assertThat(elementTexts(got, "/*/command/destinationPhoneNumber")).isEqualTo("2002|bob@acme.example");
        assertThat(xpath(got, "/*/command/isAnswerTimeoutEnabled")).isEqualTo("true");
        assertThat(xpath(got, "count(/*/command/answerTimeoutMinutes)")).isEqualTo("0");
        assertThat(availableNumbers()).contains("+32-71123405");
    }

    @Test
    void modifyClearsTheDepartmentWithoutTypeAndTheDestinationList() throws Exception {
        client.send(addCommand(SALES, GROUP_DEPARTMENT).replace("<isAnswerTimeoutEnabled>",
                "<destinationPhoneNumber>1001</destinationPhoneNumber><isAnswerTimeoutEnabled>"));

        client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                  <serviceUserId>igc-sales@sip.netaxis.be</serviceUserId>
                  <serviceInstanceProfile><department xsi:nil="true"/></serviceInstanceProfile>
                  <destinationPhoneNumberList xsi:nil="true"/>
                </command>""");

        String got = client.send(getCommand(SALES));
        assertThat(xpath(got, "count(//department)")).isEqualTo("0");
        assertThat(xpath(got, "count(//destinationPhoneNumber)")).isEqualTo("0");
    }

    @Test
    void modifyRejectsEmptyListsNilOnNonNillableAndUnknownIds() throws Exception {
        client.send(addCommand(SALES, ""));

        assertThat(summaryOf("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                  <serviceUserId>igc-sales@sip.netaxis.be</serviceUserId><destinationPhoneNumberList/>
                </command>""")).startsWith("[Error 4605] ");
        assertThat(summaryOf("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                  <serviceUserId>igc-sales@sip.netaxis.be</serviceUserId><serviceInstanceProfile><name xsi:nil="true"/></serviceInstanceProfile>
                </command>""")).isEqualTo("[Error 4605] OCI XML request validation error: element 'name' is not nillable");
        assertThat(summaryOf("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyInstanceRequest">
                  <serviceUserId>ghost@sip.netaxis.be</serviceUserId><isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled>
                </command>""")).isEqualTo("[Error 4008] User not found: ghost@sip.netaxis.be");
    }

    @Test
    void deleteFreesTheNumberAndExtension() throws Exception {
        client.send(addCommand(SALES, "<phoneNumber>+3271123406</phoneNumber><extension>3406</extension>"));
        assertThat(availableNumbers()).doesNotContain("+32-71123406");

        String deleted = client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallDeleteInstanceRequest"><serviceUserId>igc-sales@sip.netaxis.be</serviceUserId></command>""");

        assertThat(deleted).contains("c:SuccessResponse");
        assertThat(availableNumbers()).contains("+32-71123406");
        assertThat(summaryOf(getCommand(SALES))).startsWith("[Error 4008] ");
        assertThat(client.send(addCommand("other@sip.netaxis.be", "<phoneNumber>+3271123406</phoneNumber><extension>3406</extension>")))
                .contains("c:SuccessResponse");
        assertThat(summaryOf("""
                <command xmlns="" xsi:type="GroupInstantGroupCallDeleteInstanceRequest"><serviceUserId>igc-sales@sip.netaxis.be</serviceUserId></command>"""))
                .startsWith("[Error 4008] ");
    }

    @Test
    void newInstancesStartInactiveAndActivationIsAllOrNothing() throws Exception {
        client.send(addCommand(SALES, ""));
        assertThat(xpath(client.send(listCommand("ApioGrpTest")), "//row/col[6]")).isEqualTo("false");

        String unknownIncluded = summaryOf("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyActiveInstanceListRequest">
                  <serviceActivation><serviceUserId>igc-sales@sip.netaxis.be</serviceUserId><isActive>true</isActive></serviceActivation>
                  <serviceActivation><serviceUserId>ghost@sip.netaxis.be</serviceUserId><isActive>true</isActive></serviceActivation>
                </command>""");
        assertThat(unknownIncluded).isEqualTo("[Error 4008] User not found: ghost@sip.netaxis.be");
        assertThat(xpath(client.send(listCommand("ApioGrpTest")), "//row/col[6]")).isEqualTo("false");

        client.send("""
                <command xmlns="" xsi:type="GroupInstantGroupCallModifyActiveInstanceListRequest">
                  <serviceActivation><serviceUserId>igc-sales@sip.netaxis.be</serviceUserId><isActive>true</isActive></serviceActivation>
                </command>""");
        assertThat(xpath(client.send(listCommand("ApioGrpTest")), "//row/col[6]")).isEqualTo("true");
    }

    @Test
    void userModifyUserIdRenamesTheInstance() throws Exception {
        client.send(addCommand(SALES, "") + addCommand("taken@sip.netaxis.be", ""));
        String rename = """
                <command xmlns="" xsi:type="UserModifyUserIdRequest"><userId>%s</userId><newUserId>%s</newUserId></command>""";

        assertThat(summaryOf(rename.formatted(SALES, "taken@sip.netaxis.be")))
                .isEqualTo("[Error 4600] User already exists: taken@sip.netaxis.be");
        assertThat(client.send(rename.formatted(SALES, "renamed@sip.netaxis.be"))).contains("c:SuccessResponse");

        assertThat(summaryOf(getCommand(SALES))).startsWith("[Error 4008] ");
        assertThat(xpath(client.send(getCommand("renamed@sip.netaxis.be")), "//name")).isEqualTo("Sales IGC");
        assertThat(summaryOf(rename.formatted("ghost@sip.netaxis.be", "x@sip.netaxis.be"))).startsWith("[Error 4008] ");
    }

    @Test
    void groupGetAnswersTheRequiredElementsInSchemaOrder() throws Exception {
        String answer = client.send("""
                <command xmlns="" xsi:type="GroupGetRequest22V5"><serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId></command>""");

        assertThat(elementNames(answer, "/*/command/*")).isEqualTo(
                "defaultDomain,userLimit,userCount,groupName,callingLineIdPhoneNumber,timeZone,timeZoneDisplayName,"
                        + "serviceProviderId,groupId");
        assertThat(xpath(answer, "/*/command/callingLineIdPhoneNumber")).isEqualTo("+3271100000");
        assertThat(xpath(answer, "/*/command/timeZone")).isEqualTo("Europe/Brussels");
        assertThat(summaryOf("""
                <command xmlns="" xsi:type="GroupGetRequest22V5"><serviceProviderId>ApioSpTest</serviceProviderId><groupId>Nope</groupId></command>"""))
                .isEqualTo("[Error 4152] Group not found: ApioSpTest:Nope");
    }

    @Test
    void departmentListGivesFullPathsAndEnterpriseDepartmentsWhenAsked() throws Exception {
        String departments = """
                <command xmlns="" xsi:type="GroupDepartmentGetListRequest18">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                  <includeEnterpriseDepartments>%s</includeEnterpriseDepartments>
                </command>""";

        String withEnterprise = client.send(departments.formatted("true"));
        assertThat(elementTexts(withEnterprise, "//departmentTable/colHeading")).isEqualTo(
                "Is Enterprise Department|Department Name|Full Path Name|Calling Line Id Name|Calling Line Id Phone Number");
        assertThat(elementTexts(withEnterprise, "//row[col[2]='test_department_initial']/col"))
                .isEqualTo("false|test_department_initial|test_department_parent_1 \\ test_department_initial||");
        assertThat(elementTexts(withEnterprise, "//row[col[2]='ent_department']/col")).isEqualTo("true|ent_department|ent_department||");

        String groupOnly = client.send(departments.formatted("false"));
        assertThat(xpath(groupOnly, "count(//row)")).isEqualTo("2");
        assertThat(xpath(groupOnly, "count(//row[col[1]='true'])")).isEqualTo("0");
    }

    @Test
    void enterpriseDepartmentIsAcceptedAndReadBackWithItsType() throws Exception {
        client.send(addCommand(SALES, """
                <department xsi:type="EnterpriseDepartmentKey"><serviceProviderId>ApioSpTest</serviceProviderId><name>ent_department</name></department>"""));

        String got = client.send(getCommand(SALES));
        assertThat(got).contains("<department xsi:type=\"EnterpriseDepartmentKey\"><serviceProviderId>ApioSpTest</serviceProviderId><name>ent_department</name></department>");
    }

    @Test
    void availableNumbersListTheGroupsFreeDns() throws Exception {
        assertThat(availableNumbers()).contains("+32-71112233", "+32-71123456", "+32-71123400", "+32-71123419");
    }

    private String availableNumbers() throws Exception {
        return elementTexts(client.send("""
                <command xmlns="" xsi:type="GroupDnGetAvailableListRequest">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                </command>"""), "/*/command/phoneNumber");
    }

    private String summaryOf(String command) throws Exception {
        return xpath(client.send(command), "/*/command/summary");
    }

    private static String elementNames(String xml, String expression) throws Exception {
        return joined(xml, expression, true);
    }

    private static String elementTexts(String xml, String expression) throws Exception {
        return joined(xml, expression, false);
    }

    private static String joined(String xml, String expression, boolean names) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(expression, SimulatorClient.parse(xml), XPathConstants.NODESET);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            joined.append(i == 0 ? "" : names ? "," : "|")
                    .append(names ? nodes.item(i).getLocalName() : nodes.item(i).getTextContent());
        }
        return joined.toString();
    }
}
