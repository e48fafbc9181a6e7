package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.SimulatorClient.envelope;
import static net.ocigateway.igc.simulator.SimulatorClient.ociAnswerOf;
import static net.ocigateway.igc.simulator.SimulatorClient.parse;
import static net.ocigateway.igc.simulator.SimulatorClient.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.ocigateway.igc.OcipSchema;
import org.junit.jupiter.api.Test;

class ProvisioningServiceEndpointTest extends SimulatorHttpTest {

    private static final String GROUP_GET = """
            <command xmlns="" xsi:type="GroupGetRequest22V5" echo="e1">
              <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
            </command>""";

    @Test
    void loginWithTheSignedPasswordOpensTheSessionAndSetsTheSessionCookie() throws Exception {
        client.login();

        List<HttpCookie> jar = client.cookies.getCookieStore().get(client.endpoint);
        assertThat(jar).extracting(HttpCookie::getName).contains("JSESSIONID");
        String answer = client.send(GROUP_GET);
        assertThat(xpath(answer, "/*/command/@*[local-name()='type']")).isEqualTo("GroupGetResponse22V5");
    }

    @Test
    void wrongSignatureIsRejectedAndTheSessionStaysLoggedOut() throws Exception {
        client.send("""
                <command xmlns="" xsi:type="AuthenticationRequest"><userId>ociadmin</userId></command>""");
        String answer = client.send("""
                <command xmlns="" xsi:type="LoginRequest14sp4"><userId>ociadmin</userId><signedPassword>77e4a6de3a1e00be05e121cf0ebee860</signedPassword></command>""");

        assertThat(xpath(answer, "/*/command/summary")).isEqualTo("[Error 4962] Invalid userId or password.");
        assertThat(xpath(answer, "/*/command/errorCode")).isEqualTo("4962");
        assertThat(xpath(client.send(GROUP_GET), "/*/command/summary")).isEqualTo("[Error 4003] Not logged in");
    }

    @Test
    void signatureFollowsTheKnownVector() {
        assertThat(LoginCommands.signedPassword("1234567890123", "password"))
                .isEqualTo("77e4a6de3a1e00be05e121cf0ebee860");
    }

    @Test
    void plainPasswordLoginOfRelease22IsAccepted() throws Exception {
        String answer = client.send("""
                <command xmlns="" xsi:type="LoginRequest22V5"><userId>ociadmin</userId><password>ociadmin-demo</password></command>""");

        assertThat(xpath(answer, "/*/command/@*[local-name()='type']")).isEqualTo("LoginResponse22V5");
        assertThat(xpath(client.send(GROUP_GET), "/*/command/defaultDomain")).isEqualTo("sip.netaxis.be");
    }

    @Test
    void commandsBeforeLoginAnswerNotLoggedInAndEchoTheSessionAndEcho() throws Exception {
        String answer = client.send(GROUP_GET + """
                <command xmlns="" xsi:type="GroupInstantGroupCallGetInstanceListRequest">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                </command>""");

        assertThat(xpath(answer, "/*/sessionId")).isEqualTo(client.sessionId);
        assertThat(xpath(answer, "count(/*/command)")).isEqualTo("2");
        assertThat(xpath(answer, "/*/command[1]/@echo")).isEqualTo("e1");
        assertThat(xpath(answer, "/*/command[2]/@echo")).isEmpty();
        assertThat(answer).contains("<command echo=\"\" xsi:type=\"c:ErrorResponse\" xmlns:c=\"C\" xmlns=\"\" type=\"Error\">");
        assertThat(xpath(answer, "/*/command[2]/summaryEnglish")).isEqualTo("[Error 4003] Not logged in");
    }

    @Test
    void sessionIsBoundToTheCookieAsWellAsTheSessionId() throws Exception {
        client.login();
        SimulatorClient sameSessionIdOtherCookie = new SimulatorClient(port, client.sessionId);

        assertThat(xpath(sameSessionIdOtherCookie.send(GROUP_GET), "/*/command/summary"))
                .isEqualTo("[Error 4003] Not logged in");
    }

    @Test
    void logoutEndsTheSessionAndChecksTheReason() throws Exception {
        client.login();
        String wrongReason = client.send("""
                <command xmlns="" xsi:type="LogoutRequest"><userId>ociadmin</userId><reason>Connection close</reason></command>""");
        assertThat(xpath(wrongReason, "/*/command/summary")).startsWith("[Error 4605]");

        String answer = client.send("""
                <command xmlns="" xsi:type="LogoutRequest"><userId>ociadmin</userId><reason>Client Logout</reason></command>""");
        assertThat(answer).contains("xsi:type=\"c:SuccessResponse\"");
        assertThat(xpath(client.send(GROUP_GET), "/*/command/summary")).isEqualTo("[Error 4003] Not logged in");
    }

    @Test
    void moreThanFifteenCommandsAreAllAnsweredWithTheTooManyError() throws Exception {
        client.login();
        // Sixteen answers cannot be schema-valid (the schema allows 15), so this one is read without the check.
        String answer = ociAnswerOf(client.post(envelope(client.document(GROUP_GET.repeat(16)))).body());

        assertThat(xpath(answer, "count(/*/command)")).isEqualTo("16");
        assertThat(xpath(answer, "count(/*/command[errorCode='4607'])")).isEqualTo("16");
        assertThat(xpath(answer, "/*/command[16]/@echo")).isEqualTo("e1");
    }

    @Test
    void fifteenCommandsAreServed() throws Exception {
        client.login();
        String answer = client.send(GROUP_GET.repeat(15));

        assertThat(xpath(answer, "count(/*/command/defaultDomain)")).isEqualTo("15");
    }

    @Test
    void arg0ParameterAndNoNamespaceAndAnySoapActionAreAccepted() throws Exception {
        String rpcStyle = """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">
                  <soapenv:Body><processOCIMessage><arg0 xsi:type="soapenc:string">%s</arg0></processOCIMessage></soapenv:Body>
                </soapenv:Envelope>"""
                .formatted(client.document("""
                        <command xmlns="" xsi:type="AuthenticationRequest"><userId>ociadmin</userId></command>""")
                        .replace("&", "&amp;").replace("<", "&lt;"));
        HttpResponse<String> response = client.http.send(
                HttpRequest.newBuilder(client.endpoint)
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "processOCIMessage")
                        .POST(HttpRequest.BodyPublishers.ofString(rpcStyle))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(xpath(ociAnswerOf(response.body()), "/*/command/passwordAlgorithm")).isEqualTo("MD5");
    }

    @Test
    void answerIsWrappedAsTheRealServerDoesWithAnIso88591InnerDocument() throws Exception {
        HttpResponse<String> response = client.post(envelope(client.document("""
                <command xmlns="" xsi:type="AuthenticationRequest"><userId>ociadmin</userId></command>""")));

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        assertThat(response.body())
                .contains("<processOCIMessageResponse xmlns=\"\"><ns1:processOCIMessageReturn xmlns:ns1=\"urn:com:broadsoft:webservice\">&lt;?xml version=");
        assertThat(ociAnswerOf(response.body())).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>");
    }

    @Test
    void charactersBeyondLatin1TravelAsCharacterReferences() {
        String escaped = OciXmlWriter.latin1("<name>caf\u00e9 \u20ac \uD83D\uDE00</name>");

        assertThat(escaped).isEqualTo("<name>caf\u00e9 &#8364; &#128512;</name>");
    }

    @Test
    void malformedSoapIsAnsweredWithASoapFault() throws Exception {
        HttpResponse<String> notXml = client.post("this is not < xml");
        HttpResponse<String> noOperation = client.post("""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body/></soapenv:Envelope>""");
        HttpResponse<String> badOciDocument = client.post(envelope("<nope/>"));

        for (HttpResponse<String> response : List.of(notXml, noOperation, badOciDocument)) {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(xpath(response.body(), "/*/*/*[local-name()='Fault']/faultcode")).isEqualTo("soapenv:Client");
        }
    }

    @Test
    void doctypesAreRefused() throws Exception {
        HttpResponse<String> response = client.post("""
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>&e;</soapenv:Body></soapenv:Envelope>""");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("boom");
    }

    @Test
    void wsdlIsDocumentLiteralWrappedWithTheRequestAddress() throws Exception {
        HttpResponse<String> response = client.http.send(
                HttpRequest.newBuilder(URI.create(client.endpoint + "?wsdl")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String wsdl = response.body();
        parse(wsdl);
        assertThat(xpath(wsdl, "/*/@targetNamespace")).isEqualTo("urn:com:broadsoft:webservice");
        assertThat(xpath(wsdl, "//*[local-name()='portType']/@name")).isEqualTo("BWProvisioningService");
        assertThat(xpath(wsdl, "//*[local-name()='element'][@name='processOCIMessage']//*[local-name()='element']/@name")).isEqualTo("in0");
        assertThat(xpath(wsdl, "//*[local-name()='element'][@name='processOCIMessageResponse']//*[local-name()='element']/@name"))
                .isEqualTo("processOCIMessageReturn");
        assertThat(xpath(wsdl, "//*[local-name()='binding']/*[local-name()='binding']/@style")).isEqualTo("document");
        assertThat(xpath(wsdl, "//*[local-name()='operation']/*[local-name()='operation']/@soapAction")).isEmpty();
        assertThat(xpath(wsdl, "//*[local-name()='body']/@use")).isEqualTo("literal");
        assertThat(xpath(wsdl, "//*[local-name()='address']/@location")).isEqualTo(client.endpoint.toString());
    }

    @Test
    void httpErrorFaultAnswers500WithoutSoap() throws Exception {
        faults.failNext(SimulatorFault.HTTP_ERROR, 1);

        HttpResponse<String> failed = client.post(envelope(client.document(GROUP_GET)));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("Envelope");
        assertThat(client.post(envelope(client.document(GROUP_GET))).statusCode()).isEqualTo(200);
    }

    @Test
    void soapFaultFaultAnswersAServerFault() throws Exception {
        faults.failNext(SimulatorFault.SOAP_FAULT, 1);

        HttpResponse<String> failed = client.post(envelope(client.document(GROUP_GET)));
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(xpath(failed.body(), "//faultcode")).isEqualTo("soapenv:Server");
    }

    @Test
    void garbledAnswerIsNotXml() throws Exception {
        faults.failNext(SimulatorFault.GARBLED_ANSWER, 1);

        HttpResponse<String> garbled = client.post(envelope(client.document(GROUP_GET)));
        assertThat(garbled.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> parse(garbled.body())).isNotNull();
    }

    @Test
    void truncatedAnswerStopsHalfWay() throws Exception {
        faults.failNext(SimulatorFault.TRUNCATED_ANSWER, 1);

        HttpResponse<String> truncated = client.post(envelope(client.document(GROUP_GET)));
        assertThat(truncated.statusCode()).isEqualTo(200);
        assertThat(truncated.body()).startsWith("<?xml").doesNotContain("</soapenv:Envelope>");
        assertThatThrownBy(() -> parse(truncated.body())).isNotNull();
    }

    @Test
    void droppedConnectionClosesWithoutAnswerThenServesAgain() throws Exception {
        faults.failNext(SimulatorFault.DROPPED_CONNECTION, 1);

        assertThatThrownBy(() -> client.post(envelope(client.document(GROUP_GET)))).isInstanceOf(IOException.class);
        assertThat(client.post(envelope(client.document(GROUP_GET))).statusCode()).isEqualTo(200);
    }

    @Test
    void forcedSessionExpiryLogsTheClientOut() throws Exception {
        client.login();
        faults.failNext(SimulatorFault.SESSION_EXPIRY, 1);

        assertThat(xpath(client.send(GROUP_GET), "/*/command/summary")).isEqualTo("[Error 4003] Not logged in");
        client.login();
        assertThat(xpath(client.send(GROUP_GET), "/*/command/groupId")).isEqualTo("ApioGrpTest");
    }

    @Test
    void faultsFireWithTheirProbability() throws Exception {
        faults.setProbability(SimulatorFault.HTTP_ERROR, 1.0);
        assertThat(client.post(envelope(client.document(GROUP_GET))).statusCode()).isEqualTo(500);

        faults.setProbability(SimulatorFault.HTTP_ERROR, 0.0);
        assertThat(client.post(envelope(client.document(GROUP_GET))).statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        faults.setLatency(Duration.ofMillis(300), Duration.ofMillis(50));

        long start = System.nanoTime();
        client.post(envelope(client.document(GROUP_GET)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void everyAnswerKindIsSchemaValid() throws Exception {
        client.login();
        String answer = client.send(GROUP_GET + """
                <command xmlns="" xsi:type="GroupDepartmentGetListRequest18">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                  <includeEnterpriseDepartments>true</includeEnterpriseDepartments>
                </command>
                <command xmlns="" xsi:type="GroupDnGetAvailableListRequest">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>ApioGrpTest</groupId>
                </command>
                <command xmlns="" xsi:type="NoSuchRequest"/>""");

        OcipSchema.assertValid(answer);
        assertThat(xpath(answer, "/*/command[4]/summary")).startsWith("[Error 4605]");
    }
}
