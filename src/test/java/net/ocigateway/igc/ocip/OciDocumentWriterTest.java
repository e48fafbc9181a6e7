package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.ocigateway.igc.OcipSchema;
import net.ocigateway.igc.ocip.command.Change;
import net.ocigateway.igc.ocip.command.EnterpriseDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListRequest18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupGetRequest22V5;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceRequest19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.ServiceActivation;
import net.ocigateway.igc.ocip.command.ServiceInstanceAddProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceModifyProfile;
import net.ocigateway.igc.ocip.command.UserModifyUserIdRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class OciDocumentWriterTest {

    private static final String SESSION = "5f0c3c1e-7d2a-4a39-9d55-2b0b8f4f2a10";
    private static final String HOSTILE_NAME = "<i>&\"Q\"]]>'Ä東京";
    private static final String HOSTILE_LAST_NAME = "</command><x>";
    private static final String HOSTILE_FIRST_NAME = "&lt;&amp;";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("add-instance", OciDocumentWriter.write(SESSION, List.of(fullAdd()), null)),
                Arguments.of("add-instance-minimal", OciDocumentWriter.write(SESSION, List.of(minimalAdd()), null)),
                Arguments.of("add-instance-hostile-text", OciDocumentWriter.write(SESSION, List.of(hostileAdd()), null)),
                Arguments.of("modify-instance-set", OciDocumentWriter.write(SESSION, List.of(modifySettingAll()), null)),
                Arguments.of("modify-instance-clear", OciDocumentWriter.write(SESSION, List.of(modifyClearingAll()), null)),
                Arguments.of(
                        "modify-instance-empty-lists", OciDocumentWriter.write(SESSION, List.of(modifyWithEmptyLists()), null)),
                Arguments.of("modify-instance-id-only", OciDocumentWriter.write(SESSION, List.of(modifyNothing()), null)),
                Arguments.of(
                        "get-instance",
                        OciDocumentWriter.write(
                                SESSION, List.of(new GroupInstantGroupCallGetInstanceRequest19sp1("igc-sales@acme.example")), null)),
                Arguments.of(
                        "delete-instance",
                        OciDocumentWriter.write(
                                SESSION, List.of(new GroupInstantGroupCallDeleteInstanceRequest("igc-sales@acme.example")), null)),
                Arguments.of(
                        "get-instance-list",
                        OciDocumentWriter.write(
                                SESSION, List.of(new GroupInstantGroupCallGetInstanceListRequest("acme-sp", "acme-hq", null)), null)),
                Arguments.of(
                        "get-instance-list-in-department",
                        OciDocumentWriter.write(
                                SESSION,
                                List.of(new GroupInstantGroupCallGetInstanceListRequest("acme-sp", "acme-hq", "Sales")), null)),
                Arguments.of(
                        "modify-active-instance-list",
                        OciDocumentWriter.write(
                                SESSION,
                                List.of(new GroupInstantGroupCallModifyActiveInstanceListRequest(List.of(
                                        new ServiceActivation("igc-sales@acme.example", false),
                                        new ServiceActivation("igc-ops@acme.example", true)))), null)),
                Arguments.of(
                        "get-group",
                        OciDocumentWriter.write(SESSION, List.of(new GroupGetRequest22V5("acme-sp", "acme-hq")), null)),
                Arguments.of(
                        "get-department-list",
                        OciDocumentWriter.write(
                                SESSION, List.of(new GroupDepartmentGetListRequest18("acme-sp", "acme-hq", true)), null)),
                Arguments.of(
                        "modify-user-id",
                        OciDocumentWriter.write(
                                SESSION,
                                List.of(new UserModifyUserIdRequest("igc-sales@acme.example", "igc-revenue@acme.example")), null)),
                Arguments.of(
                        "batch",
                        OciDocumentWriter.write(
                                SESSION,
                                List.of(
                                        new GroupGetRequest22V5("acme-sp", "acme-hq"),
                                        new GroupInstantGroupCallDeleteInstanceRequest("igc-ops@acme.example")), null)),
                Arguments.of("authentication", OciDocumentWriter.authenticationRequest(SESSION, "ociadmin")),
                Arguments.of(
                        "login-14sp4",
                        OciDocumentWriter.loginRequest14sp4(SESSION, "ociadmin", "77e4a6de3a1e00be05e121cf0ebee860")),
                Arguments.of("login-22V5", OciDocumentWriter.loginRequest22V5(SESSION, "ociadmin", "s3cr&t<pw>")),
                Arguments.of("logout", OciDocumentWriter.logoutRequest(SESSION, "ociadmin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesTheGoldenDocumentAndItIsSchemaValid(String golden, String document) throws IOException {
        String expected = golden(golden, document);
        Diff diff = DiffBuilder.compare(Input.fromString(expected))
                .withTest(Input.fromString(document))
                .ignoreWhitespace()
                .checkForIdentical()
                .build();
        assertThat(diff.hasDifferences()).as("%s differs from %s.xml: %s", document, golden, diff).isFalse();
        OcipSchema.assertValid(document);
    }

    @Test
    void writesTheEnvelopeAsClientsDo() {
        String document = OciDocumentWriter.write(SESSION, List.of(new GroupInstantGroupCallDeleteInstanceRequest("a@b")), null);

        assertThat(document)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<BroadsoftDocument protocol=\"OCI\" xmlns=\"C\" "
                        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                        + "<sessionId xmlns=\"\">" + SESSION + "</sessionId>"
                        + "<command xmlns=\"\" xsi:type=\"GroupInstantGroupCallDeleteInstanceRequest\">");
    }

    @Test
    void hostileTextRoundTripsAsTextAndNeverBecomesMarkup() throws Exception {
        String document = OciDocumentWriter.write(SESSION, List.of(hostileAdd()), null);

        Document parsed = DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(document)));
        assertThat(parsed.getElementsByTagName("command").getLength()).isEqualTo(1);
        assertThat(parsed.getElementsByTagName("x").getLength()).isZero();
        assertThat(parsed.getElementsByTagName("name").item(0).getTextContent()).isEqualTo(HOSTILE_NAME);
        assertThat(parsed.getElementsByTagName("callingLineIdLastName").item(0).getTextContent())
                .isEqualTo(HOSTILE_LAST_NAME);
        assertThat(parsed.getElementsByTagName("callingLineIdFirstName").item(0).getTextContent())
                .isEqualTo(HOSTILE_FIRST_NAME);
        assertThat(document.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
        assertThat(document).contains("東京");
    }

    @Test
    void refusesMoreThanFifteenCommandsAndNone() {
        OciRequest get = new GroupInstantGroupCallGetInstanceRequest19sp1("a@b");

        assertThat(OciDocumentWriter.write(SESSION, Collections.nCopies(15, get), null)).contains("a@b");
        assertThatThrownBy(() -> OciDocumentWriter.write(SESSION, Collections.nCopies(16, get), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
        assertThatThrownBy(() -> OciDocumentWriter.write(SESSION, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreThanThreeAliases() {
        ServiceInstanceModifyProfile fourAliases = new ServiceInstanceModifyProfile(
                null, null, null, null, null, null, null, null, null, null, null,
                Change.to(List.of("a@x", "b@x", "c@x", "d@x")), null, null);

        assertThatThrownBy(() -> OciDocumentWriter.write(SESSION, List.of(new GroupInstantGroupCallModifyInstanceRequest(
                        "igc@acme.example", fourAliases, null, null, null, null)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void refusesTextXmlCannotCarry() {
        assertThatThrownBy(() -> OciDocumentWriter.write(
                        SESSION, List.of(new GroupInstantGroupCallDeleteInstanceRequest("igc\u0000@acme.example")), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0");
    }

    @Test
    void masksEveryPasswordWhenLogged() {
        String plain = OciDocumentWriter.loginRequest22V5(SESSION, "ociadmin", "s3cr&t<pw>");
        String signed = OciDocumentWriter.loginRequest14sp4(SESSION, "ociadmin", "77e4a6de3a1e00be05e121cf0ebee860");
        String add = OciDocumentWriter.write(SESSION, List.of(fullAdd()), null);

        assertThat(OciDocumentWriter.maskSecrets(plain))
                .contains("<password>******</password>")
                .doesNotContain("s3cr");
        assertThat(OciDocumentWriter.maskSecrets(signed))
                .contains("<signedPassword>******</signedPassword>")
                .doesNotContain("77e4a6de");
        assertThat(OciDocumentWriter.maskSecrets(add)).contains("<password>******</password>").doesNotContain("igc-pw");
        assertThat(OciDocumentWriter.maskSecrets("<command><plainTextPassword>pw</plainTextPassword></command>"))
                .isEqualTo("<command><plainTextPassword>******</plainTextPassword></command>");
    }

    private static GroupInstantGroupCallAddInstanceRequest14 fullAdd() {
        return new GroupInstantGroupCallAddInstanceRequest14(
                "acme-sp",
                "acme-hq",
                "igc-sales@acme.example",
                new ServiceInstanceAddProfile(
                        "Sales IGC",
                        "Sales",
                        "IGC",
                        "セールス",
                        "アイジーシー",
                        "2025550100",
                        "0100",
                        "igc-pw-1",
                        new GroupDepartmentKey("acme-sp", "acme-hq", "Sales"),
                        "English",
                        "America/New_York",
                        List.of("sales1@acme.example", "sales2@acme.example", "sales3@acme.example"),
                        "sales-igc@acme.example",
                        "2025550199"),
                List.of("2025550111", "alice@acme.example"),
                true,
                5,
                "Local Only");
    }

    private static GroupInstantGroupCallAddInstanceRequest14 minimalAdd() {
        return new GroupInstantGroupCallAddInstanceRequest14(
                "acme-sp",
                "acme-hq",
                "igc-ops@acme.example",
                new ServiceInstanceAddProfile(
                        "Ops IGC", "Ops", "IGC", null, null, null, null, null, null, null, null, null, null, null),
                null,
                false,
                null,
                null);
    }

    private static GroupInstantGroupCallAddInstanceRequest14 hostileAdd() {
        return new GroupInstantGroupCallAddInstanceRequest14(
                "acme-sp",
                "acme-hq",
                "igc-\"x\"&<y>@acme.example",
                new ServiceInstanceAddProfile(
                        HOSTILE_NAME,
                        HOSTILE_LAST_NAME,
                        HOSTILE_FIRST_NAME,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new EnterpriseDepartmentKey("acme-ent", "R&D <Κέντρο>"),
                        null,
                        null,
                        null,
                        null,
                        null),
                List.of("]]><command xsi:type=\"x\">@evil.example"),
                true,
                60,
                null);
    }

    private static GroupInstantGroupCallModifyInstanceRequest modifySettingAll() {
        return new GroupInstantGroupCallModifyInstanceRequest(
                "igc-sales@acme.example",
                new ServiceInstanceModifyProfile(
                        "Sales IGC 2",
                        "Sales",
                        "IGC",
                        "セールス",
                        "アイジーシー",
                        Change.to("2025550101"),
                        Change.to("0101"),
                        "igc-pw-2",
                        Change.to(new EnterpriseDepartmentKey("acme-ent", "HQ")),
                        "English",
                        "America/Chicago",
                        Change.to(List.of("sales1@acme.example")),
                        Change.to("sales-igc@acme.example"),
                        Change.to("2025550198")),
                Change.to(List.of("2025550111", "2025550112")),
                true,
                Change.to(10),
                "Local Only");
    }

    private static GroupInstantGroupCallModifyInstanceRequest modifyClearingAll() {
        return new GroupInstantGroupCallModifyInstanceRequest(
                "igc-sales@acme.example",
                new ServiceInstanceModifyProfile(
                        "Sales IGC 2",
                        null,
                        null,
                        null,
                        null,
                        Change.clear(),
                        Change.clear(),
                        null,
                        Change.clear(),
                        null,
                        null,
                        Change.clear(),
                        Change.clear(),
                        Change.clear()),
                Change.clear(),
                false,
                Change.clear(),
                null);
    }

    private static GroupInstantGroupCallModifyInstanceRequest modifyWithEmptyLists() {
        return new GroupInstantGroupCallModifyInstanceRequest(
                "igc-sales@acme.example",
                new ServiceInstanceModifyProfile(
                        null, null, null, null, null, Change.keep(), Change.keep(), null, Change.keep(), null, null,
                        Change.to(List.of()), Change.keep(), Change.keep()),
                Change.to(List.of()),
                null,
                Change.keep(),
                null);
    }

    private static GroupInstantGroupCallModifyInstanceRequest modifyNothing() {
        return new GroupInstantGroupCallModifyInstanceRequest(
                "igc-sales@acme.example", null, Change.keep(), null, Change.keep(), null);
    }

    private static String golden(String name, String actual) throws IOException {
        try (InputStream in = OciDocumentWriterTest.class.getResourceAsStream("/ocip/golden/" + name + ".xml")) {
            assertThat(in).as("golden file ocip/golden/%s.xml is missing; the writer produced:%n%s", name, actual)
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
