package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.ocigateway.igc.OcipSchema;
import net.ocigateway.igc.ocip.OciDocumentParser.SessionAnswer;
import net.ocigateway.igc.ocip.command.EnterpriseDepartmentKey;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListResponse18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupGetResponse22V5;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import net.ocigateway.igc.ocip.command.WarningResponse;
import org.junit.jupiter.api.Test;

class OciDocumentParserTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <BroadsoftDocument protocol="OCI" xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <sessionId xmlns="">75849054236735</sessionId>
            """;
    private static final String TAIL = "</BroadsoftDocument>";

    private static final String SUCCESS = """
              <command echo="" xsi:type="c:SuccessResponse" xmlns:c="C" xmlns=""/>
            """;
    private static final String ERROR_IN_SUMMARY = """
              <command type="Error" echo="" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns="">
                <summary>[Error 4152] Group not found: TEST:TEST</summary>
                <summaryEnglish>[Error 4152] Group not found: TEST:TEST</summaryEnglish>
              </command>
            """;
    private static final String LIST = """
              <command echo="" xsi:type="GroupInstantGroupCallGetInstanceListResponse" xmlns="">
                <instantGroupCallTable>
                  <colHeading>Service User Id</colHeading><colHeading>Name</colHeading><colHeading>Phone Number</colHeading>
                  <colHeading>Extension</colHeading><colHeading>Department</colHeading><colHeading>Is Active</colHeading>
                  <row><col>igc-sales@acme.example</col><col>Sales IGC</col><col>+1-2025550100</col><col>0100</col><col>Sales</col><col>true</col></row>
                  <row><col>igc-ops@acme.example</col><col>Ops IGC</col><col/><col/><col/><col>false</col></row>
                </instantGroupCallTable>
              </command>
            """;

    @Test
    void readsOneResponsePerCommandInOrder() {
        String document = HEAD + SUCCESS + ERROR_IN_SUMMARY + LIST + TAIL;
        OcipSchema.assertValid(document);

        List<OciResponse> responses = OciDocumentParser.parse(document, 3);

        assertThat(responses.get(0)).isEqualTo(new SuccessResponse());
        assertThat(responses.get(1))
                .isEqualTo(new ErrorResponse(
                        4152,
                        "[Error 4152] Group not found: TEST:TEST",
                        "[Error 4152] Group not found: TEST:TEST",
                        null));
        var table = ((GroupInstantGroupCallGetInstanceListResponse) responses.get(2)).instantGroupCallTable();
        assertThat(table.rowsByHeading())
                .containsExactly(
                        Map.of("Service User Id", "igc-sales@acme.example", "Name", "Sales IGC",
                                "Phone Number", "+1-2025550100", "Extension", "0100", "Department", "Sales",
                                "Is Active", "true"),
                        Map.of("Service User Id", "igc-ops@acme.example", "Name", "Ops IGC", "Phone Number", "",
                                "Extension", "", "Department", "", "Is Active", "false"));
    }

    @Test
    void errorCodeElementWinsOverTheSummary() {
        String document = HEAD + """
                  <command type="Error" echo="" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns="">
                    <errorCode>4962</errorCode>
                    <summary>[Error 4008] Invalid password</summary>
                    <summaryEnglish>Invalid password</summaryEnglish>
                    <detail>UPGR-1: locked</detail>
                  </command>
                """ + TAIL;
        OcipSchema.assertValid(document);

        assertThat(OciDocumentParser.parse(document, 1))
                .containsExactly(new ErrorResponse(4962, "[Error 4008] Invalid password", "Invalid password", "UPGR-1: locked"));
    }

    @Test
    void errorWithoutAnyCodeHasNullCode() {
        String document = HEAD + """
                  <command type="Error" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns="">
                    <summary>Something broke</summary><summaryEnglish>Something broke</summaryEnglish>
                  </command>
                """ + TAIL;

        assertThat(((ErrorResponse) OciDocumentParser.parse(document, 1).get(0)).code()).isNull();
    }

    @Test
    void readsAnInstanceWithAGroupDepartment() {
        String document = HEAD + """
                  <command echo="" xsi:type="GroupInstantGroupCallGetInstanceResponse19sp1" xmlns="">
                    <serviceInstanceProfile>
                      <name>Sales IGC</name><callingLineIdLastName>Sales</callingLineIdLastName>
                      <callingLineIdFirstName>IGC</callingLineIdFirstName>
                      <phoneNumber>2025550100</phoneNumber><extension>0100</extension>
                      <countryCode>1</countryCode><nationalPrefix>1</nationalPrefix>
                      <department xsi:type="GroupDepartmentKey">
                        <serviceProviderId>acme-sp</serviceProviderId><groupId>acme-hq</groupId><name>Sales</name>
                      </department>
                      <language>English</language><timeZone>America/New_York</timeZone>
                      <timeZoneDisplayName>(GMT-05:00) Eastern Time</timeZoneDisplayName>
                      <alias>s1@acme.example</alias><alias>s2@acme.example</alias>
                      <publicUserIdentity>sales@acme.example</publicUserIdentity>
                      <callingLineIdPhoneNumber>2025550199</callingLineIdPhoneNumber>
                    </serviceInstanceProfile>
                    <destinationPhoneNumber>2025550111</destinationPhoneNumber>
                    <destinationPhoneNumber>alice@acme.example</destinationPhoneNumber>
                    <isAnswerTimeoutEnabled>true</isAnswerTimeoutEnabled>
                    <answerTimeoutMinutes>5</answerTimeoutMinutes>
                    <networkClassOfService>Local Only</networkClassOfService>
                  </command>
                """ + TAIL;
        OcipSchema.assertValid(document);

        var instance = (GroupInstantGroupCallGetInstanceResponse19sp1) OciDocumentParser.parse(document, 1).get(0);

        assertThat(instance.serviceInstanceProfile().name()).isEqualTo("Sales IGC");
        assertThat(instance.serviceInstanceProfile().phoneNumber()).isEqualTo("2025550100");
        assertThat(instance.serviceInstanceProfile().countryCode()).isEqualTo("1");
        assertThat(instance.serviceInstanceProfile().department())
                .isEqualTo(new GroupDepartmentKey("acme-sp", "acme-hq", "Sales"));
        assertThat(instance.serviceInstanceProfile().timeZoneDisplayName()).isEqualTo("(GMT-05:00) Eastern Time");
        assertThat(instance.serviceInstanceProfile().aliases()).containsExactly("s1@acme.example", "s2@acme.example");
        assertThat(instance.serviceInstanceProfile().callingLineIdPhoneNumber()).isEqualTo("2025550199");
        assertThat(instance.destinationPhoneNumber()).containsExactly("2025550111", "alice@acme.example");
        assertThat(instance.isAnswerTimeoutEnabled()).isTrue();
        assertThat(instance.answerTimeoutMinutes()).isEqualTo(5);
        assertThat(instance.networkClassOfService()).isEqualTo("Local Only");
    }

    @Test
    void readsAnEnterpriseDepartmentAndOptionalFieldsLeftOut() {
        String document = HEAD + """
                  <command echo="" xsi:type="GroupInstantGroupCallGetInstanceResponse19sp1" xmlns="">
                    <serviceInstanceProfile>
                      <name>Ops</name><callingLineIdLastName>Ops</callingLineIdLastName>
                      <callingLineIdFirstName>IGC</callingLineIdFirstName>
                      <department xsi:type="EnterpriseDepartmentKey">
                        <serviceProviderId>acme-ent</serviceProviderId><name>HQ</name>
                      </department>
                    </serviceInstanceProfile>
                    <isAnswerTimeoutEnabled>false</isAnswerTimeoutEnabled>
                  </command>
                """ + TAIL;
        OcipSchema.assertValid(document);

        var instance = (GroupInstantGroupCallGetInstanceResponse19sp1) OciDocumentParser.parse(document, 1).get(0);

        assertThat(instance.serviceInstanceProfile().department()).isEqualTo(new EnterpriseDepartmentKey("acme-ent", "HQ"));
        assertThat(instance.serviceInstanceProfile().phoneNumber()).isNull();
        assertThat(instance.destinationPhoneNumber()).isEmpty();
        assertThat(instance.answerTimeoutMinutes()).isNull();
        assertThat(instance.isAnswerTimeoutEnabled()).isFalse();
    }

    @Test
    void readsTheGroupFieldsItNeedsAndSkipsTheRest() {
        String document = HEAD + """
                  <command echo="" xsi:type="GroupGetResponse22V5" xmlns="">
                    <defaultDomain>acme.example</defaultDomain><userLimit>100</userLimit><userCount>7</userCount>
                    <groupName>Acme HQ</groupName><callingLineIdName>ACME</callingLineIdName>
                    <callingLineIdPhoneNumber>2025550000</callingLineIdPhoneNumber>
                    <timeZone>America/New_York</timeZone><timeZoneDisplayName>(GMT-05:00) Eastern</timeZoneDisplayName>
                    <contact><contactName>Ann</contactName><contactNumber>2025550001</contactNumber></contact>
                    <address><addressLine1>1 Main St</addressLine1><city>Boston</city></address>
                    <serviceProviderId>acme-sp</serviceProviderId><groupId>acme-hq</groupId>
                  </command>
                """ + TAIL;
        OcipSchema.assertValid(document);

        assertThat(OciDocumentParser.parse(document, 1))
                .containsExactly(new GroupGetResponse22V5(
                        "acme.example", "Acme HQ", "2025550000", "America/New_York", "acme-sp", "acme-hq"));
    }

    @Test
    void readsTheDepartmentTableByHeading() {
        String document = HEAD + """
                  <command echo="" xsi:type="GroupDepartmentGetListResponse18" xmlns="">
                    <departmentTable>
                      <colHeading>Full Path Name</colHeading><colHeading>Department Name</colHeading>
                      <colHeading>Is Enterprise Department</colHeading>
                      <row><col>Sales (acme-hq)</col><col>Sales</col><col>false</col></row>
                    </departmentTable>
                  </command>
                """ + TAIL;

        var table = ((GroupDepartmentGetListResponse18) OciDocumentParser.parse(document, 1).get(0)).departmentTable();

        assertThat(table.rowsByHeading().get(0)).containsEntry("Department Name", "Sales")
                .containsEntry("Is Enterprise Department", "false");
    }

    @Test
    void keepsNonLatinAndEscapedTextLiteral() {
        String document = HEAD + """
                  <command echo="" xsi:type="c:ErrorResponse" type="Error" xmlns:c="C" xmlns="">
                    <summary>[Error 4008] User not found: &lt;Müller&amp;東京&gt;</summary>
                    <summaryEnglish>x</summaryEnglish>
                  </command>
                """ + TAIL;

        assertThat(((ErrorResponse) OciDocumentParser.parse(document, 1).get(0)).summary())
                .isEqualTo("[Error 4008] User not found: <Müller&東京>");
    }

    @Test
    void aWarningIsASuccessThatKeepsItsText() {
        String document = HEAD + """
                  <command type="Warning" echo="" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns="">
                    <errorCode>4410</errorCode>
                    <summary>[Warning 4410] The phone number is not activated</summary>
                    <summaryEnglish>[Warning 4410] The phone number is not activated</summaryEnglish>
                  </command>
                """ + TAIL;
        OcipSchema.assertValid(document);

        assertThat(OciDocumentParser.parse(document, 1)).containsExactly(new WarningResponse(4410,
                "[Warning 4410] The phone number is not activated", "[Warning 4410] The phone number is not activated",
                null));
    }

    @Test
    void aTableThatRepeatsAHeadingIsAnUnreadableAnswer() {
        String document = HEAD + LIST.replace("<colHeading>Extension</colHeading>", "<colHeading>Name</colHeading>")
                + TAIL;

        assertThatThrownBy(() -> OciDocumentParser.parse(document, 1))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("unreadable answer")
                .hasMessageContaining("repeats a column heading");
    }

    @Test
    void aCountMismatchIsUnavailable() {
        assertThatThrownBy(() -> OciDocumentParser.parse(HEAD + SUCCESS + TAIL, 2))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("1 commands to a document of 2");
    }

    @Test
    void anUnknownTypeIsUnavailable() {
        String document = HEAD + "<command xsi:type=\"UserGetResponse23\" xmlns=\"\"/>" + TAIL;

        assertThatThrownBy(() -> OciDocumentParser.parse(document, 1))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("UserGetResponse23");
    }

    @Test
    void anUnreadableValueIsUnavailable() {
        String document = HEAD + """
                  <command xsi:type="GroupInstantGroupCallGetInstanceResponse19sp1" xmlns="">
                    <serviceInstanceProfile><name>a</name></serviceInstanceProfile>
                    <isAnswerTimeoutEnabled>maybe</isAnswerTimeoutEnabled>
                  </command>
                """ + TAIL;

        assertThatThrownBy(() -> OciDocumentParser.parse(document, 1)).isInstanceOf(BroadWorksUnavailableException.class);
    }

    @Test
    void refusesExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE BroadsoftDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <BroadsoftDocument protocol="OCI" xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <command type="Error" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns="">
                    <summary>&xxe;</summary><summaryEnglish>x</summaryEnglish>
                  </command>
                </BroadsoftDocument>""";

        assertThatThrownBy(() -> OciDocumentParser.parse(xxe, 1))
                .isInstanceOf(BroadWorksUnavailableException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <BroadsoftDocument protocol="OCI" xmlns="C">&lol2;</BroadsoftDocument>""";

        assertThatThrownBy(() -> OciDocumentParser.parse(laughs, 0)).isInstanceOf(BroadWorksUnavailableException.class);
    }

    @Test
    void malformedXmlIsUnavailable() {
        assertThatThrownBy(() -> OciDocumentParser.parse(HEAD + "<command", 1))
                .isInstanceOf(BroadWorksUnavailableException.class);
        assertThatThrownBy(() -> OciDocumentParser.parse("<html>oops</html>", 1))
                .isInstanceOf(BroadWorksUnavailableException.class);
    }

    @Test
    void readsLoginAnswers() {
        String authentication = HEAD + """
                  <command echo="" xsi:type="AuthenticationResponse" xmlns="">
                    <userId>ociadmin</userId><nonce>1234567890123</nonce><passwordAlgorithm>MD5</passwordAlgorithm>
                  </command>
                """ + TAIL;
        String login = HEAD + """
                  <command echo="" xsi:type="LoginResponse14sp4" xmlns="">
                    <loginType>Provisioning</loginType><locale>en_US</locale><encoding>ISO-8859-1</encoding>
                    <isEnterprise>false</isEnterprise><userDomain>acme.example</userDomain>
                  </command>
                """ + TAIL;

        assertThat(OciDocumentParser.sessionAnswer(authentication)).isEqualTo(new SessionAnswer.Nonce("1234567890123"));
        assertThat(OciDocumentParser.sessionAnswer(login)).isEqualTo(new SessionAnswer.Accepted());
        assertThat(OciDocumentParser.sessionAnswer(HEAD + ERROR_IN_SUMMARY + TAIL))
                .isInstanceOf(SessionAnswer.Refused.class);
    }
}
