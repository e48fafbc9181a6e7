package net.ocigateway.igc.ocip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.ocigateway.igc.GatewayTest;
import net.ocigateway.igc.SentDocuments;
import net.ocigateway.igc.ocip.command.Change;
import net.ocigateway.igc.ocip.command.DepartmentKey;
import net.ocigateway.igc.ocip.command.EnterpriseDepartmentKey;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListRequest18;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListResponse18;
import net.ocigateway.igc.ocip.command.GroupDepartmentKey;
import net.ocigateway.igc.ocip.command.GroupGetRequest22V5;
import net.ocigateway.igc.ocip.command.GroupGetResponse22V5;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListResponse;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceRequest19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceResponse19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyActiveInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.ServiceActivation;
import net.ocigateway.igc.ocip.command.ServiceInstanceAddProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceModifyProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceReadProfile19sp1;
import net.ocigateway.igc.ocip.command.SuccessResponse;
import net.ocigateway.igc.ocip.command.UserModifyUserIdRequest;
import net.ocigateway.igc.simulator.SimulatorFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real {@link OciClient} bean against the embedded BroadWorks over real HTTP: every command the gateway
 * sends, as its callers see the answers. Works in ApioGrpOther and deletes what it creates, because the
 * application context is shared with the REST API tests.
 */
@GatewayTest
class OciClientAgainstSimulatorTest {

    static final String SERVICE_PROVIDER = "ApioSpTest";
    static final String GROUP = "ApioGrpOther";
    static final String DOMAIN = "other.netaxis.be";
    static final GroupDepartmentKey GROUP_DEPARTMENT = new GroupDepartmentKey(SERVICE_PROVIDER, GROUP, "other_department");
    static final EnterpriseDepartmentKey ENTERPRISE_DEPARTMENT = new EnterpriseDepartmentKey(SERVICE_PROVIDER, "ent_department");

    /** The full profile's aliases and destinations, written by Add and expected back from Get. */
    static final List<String> SALES_ALIASES = List.of("sales1@" + DOMAIN, "sales2@" + DOMAIN, "sales3@" + DOMAIN);
    static final List<String> SALES_DESTINATIONS = List.of("+3281000011", "alice@" + DOMAIN);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OciClient client;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    SentDocuments sentDocuments;

    /** Service user ids this test may have left in the simulator. */
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void forgetEarlierDocuments() {
        sentDocuments.clear();
    }

    @AfterEach
    void everyDocumentSentWasSchemaValidAndNothingIsLeftBehind() {
        faults.reset();
        for (int from = 0; from < created.size(); from += OciClient.MAX_COMMANDS_PER_DOCUMENT) {
            client.send(created.subList(from, Math.min(created.size(), from + OciClient.MAX_COMMANDS_PER_DOCUMENT))
                    .stream()
                    .<OciRequest>map(GroupInstantGroupCallDeleteInstanceRequest::new)
                    .toList());
        }
        assertThat(sentDocuments.assertAllValid()).isPositive();
    }

    @Test
    void addWithTheFullProfileIsReadBackByGet() {
        String id = newServiceUserId();

        assertThat(send(fullAdd(id, "+3281000001", "1001", GROUP_DEPARTMENT))).isEqualTo(new SuccessResponse());

        assertThat(get(id))
                .isEqualTo(new GroupInstantGroupCallGetInstanceResponse19sp1(
                        new ServiceInstanceReadProfile19sp1(
                                "Sales IGC",
                                "Sales",
                                "IGC",
                                "せーるす",
                                "あいじーしー",
                                "81000001",
                                "1001",
                                "32",
                                "0",
                                GROUP_DEPARTMENT,
                                "English",
                                "Europe/Brussels",
                                "(GMT+01:00) Europe/Brussels",
                                SALES_ALIASES,
                                "sales-igc@" + DOMAIN,
                                "+3281000000"),
                        SALES_DESTINATIONS,
                        true,
                        5,
                        "Local Only"));
    }

    @Test
    void addInAnEnterpriseDepartmentIsReadBackWithThatKey() {
        String id = newServiceUserId();

        assertThat(send(minimalAdd(id, ENTERPRISE_DEPARTMENT))).isEqualTo(new SuccessResponse());

        GroupInstantGroupCallGetInstanceResponse19sp1 instance = get(id);
        assertThat(instance.serviceInstanceProfile().department()).isEqualTo(ENTERPRISE_DEPARTMENT);
        assertThat(instance.serviceInstanceProfile().phoneNumber()).isNull();
        assertThat(instance.serviceInstanceProfile().aliases()).isEmpty();
        assertThat(instance.destinationPhoneNumber()).isEmpty();
        assertThat(instance.isAnswerTimeoutEnabled()).isFalse();
        assertThat(instance.answerTimeoutMinutes()).isNull();
    }

    @Test
    void instanceListShowsTheWholeGroupOrOneDepartment() {
        String inDepartment = newServiceUserId();
        String elsewhere = newServiceUserId();
        send(fullAdd(inDepartment, "+3281000002", "1002", GROUP_DEPARTMENT));
        send(minimalAdd(elsewhere, ENTERPRISE_DEPARTMENT));

        assertThat(listRows(null))
                .containsExactlyInAnyOrder(
                        Map.of("Service User Id", inDepartment, "Name", "Sales IGC", "Phone Number", "+32-81000002",
                                "Extension", "1002", "Department", "other_department", "Is Active", "false"),
                        Map.of("Service User Id", elsewhere, "Name", "Minimal IGC", "Phone Number", "",
                                "Extension", "", "Department", "ent_department", "Is Active", "false"));
        assertThat(listRows("other_department"))
                .extracting(row -> row.get("Service User Id"))
                .containsExactly(inDepartment);
    }

    @Test
    void modifyActiveInstanceListSetsEachInstanceActiveOrNot() {
        String first = newServiceUserId();
        String second = newServiceUserId();
        send(minimalAdd(first, null));
        send(minimalAdd(second, null));

        assertThat(send(new GroupInstantGroupCallModifyActiveInstanceListRequest(
                        List.of(new ServiceActivation(first, true), new ServiceActivation(second, false)))))
                .isEqualTo(new SuccessResponse());
        assertThat(activeFlags()).containsEntry(first, "true").containsEntry(second, "false");

        send(new GroupInstantGroupCallModifyActiveInstanceListRequest(List.of(new ServiceActivation(first, false))));
        assertThat(activeFlags()).containsEntry(first, "false").containsEntry(second, "false");
    }

    @Test
    void modifyLeavesEveryLeftOutElementAsItWas() {
        String id = newServiceUserId();
        send(fullAdd(id, "+3281000003", "1003", GROUP_DEPARTMENT));
        GroupInstantGroupCallGetInstanceResponse19sp1 before = get(id);

        assertThat(send(new GroupInstantGroupCallModifyInstanceRequest(
                        id, keepProfile(), Change.keep(), null, Change.keep(), null)))
                .isEqualTo(new SuccessResponse());

        assertThat(get(id)).isEqualTo(before);
    }

    @Test
    void modifyWithNilClearsEachNillableElement() {
        String id = newServiceUserId();
        send(fullAdd(id, "+3281000004", "1004", GROUP_DEPARTMENT));

        assertThat(send(new GroupInstantGroupCallModifyInstanceRequest(
                        id,
                        new ServiceInstanceModifyProfile(null, null, null, null, null, Change.clear(), Change.clear(),
                                null, Change.clear(), null, null, Change.clear(), Change.clear(), Change.clear()),
                        Change.clear(),
                        null,
                        Change.clear(),
                        null)))
                .isEqualTo(new SuccessResponse());

        GroupInstantGroupCallGetInstanceResponse19sp1 after = get(id);
        ServiceInstanceReadProfile19sp1 profile = after.serviceInstanceProfile();
        assertThat(profile.phoneNumber()).isNull();
        assertThat(profile.countryCode()).isNull();
        assertThat(profile.extension()).isNull();
        assertThat(profile.department()).isNull();
        assertThat(profile.aliases()).isEmpty();
        assertThat(profile.publicUserIdentity()).isNull();
        assertThat(profile.callingLineIdPhoneNumber()).isNull();
        assertThat(after.destinationPhoneNumber()).isEmpty();
        assertThat(after.answerTimeoutMinutes()).isNull();
        assertThat(profile.name()).isEqualTo("Sales IGC");
        assertThat(after.isAnswerTimeoutEnabled()).isTrue();
        assertThat(after.networkClassOfService()).isEqualTo("Local Only");
    }

    @Test
    void modifyWithValuesReplacesThemAndAnEmptyListClears() {
        String id = newServiceUserId();
        send(fullAdd(id, "+3281000005", "1005", GROUP_DEPARTMENT));

        assertThat(send(new GroupInstantGroupCallModifyInstanceRequest(
                        id,
                        new ServiceInstanceModifyProfile("Support IGC", "Support", "Team", "さぽーと", "ちーむ",
                                Change.to("81000006"), Change.to("1006"), "new-secret",
                                Change.to(ENTERPRISE_DEPARTMENT), "French", "Europe/Paris",
                                Change.to(List.of("support@" + DOMAIN)), Change.to("support-igc@" + DOMAIN),
                                Change.to("+3281000099")),
                        Change.to(List.of()),
                        false,
                        Change.to(10),
                        "National")))
                .isEqualTo(new SuccessResponse());

        GroupInstantGroupCallGetInstanceResponse19sp1 after = get(id);
        assertThat(after.serviceInstanceProfile())
                .isEqualTo(new ServiceInstanceReadProfile19sp1(
                        "Support IGC",
                        "Support",
                        "Team",
                        "さぽーと",
                        "ちーむ",
                        "81000006",
                        "1006",
                        "32",
                        "0",
                        ENTERPRISE_DEPARTMENT,
                        "French",
                        "Europe/Paris",
                        "(GMT+01:00) Europe/Paris",
                        List.of("support@" + DOMAIN),
                        "support-igc@" + DOMAIN,
                        "+3281000099"));
        assertThat(after.destinationPhoneNumber()).isEmpty();
        assertThat(after.isAnswerTimeoutEnabled()).isFalse();
        assertThat(after.answerTimeoutMinutes()).isEqualTo(10);
        assertThat(after.networkClassOfService()).isEqualTo("National");

        send(new GroupInstantGroupCallModifyInstanceRequest(
                id, null, Change.to(List.of("+3281000012", "bob@" + DOMAIN)), null, Change.keep(), null));
        assertThat(get(id).destinationPhoneNumber()).containsExactly("+3281000012", "bob@" + DOMAIN);
    }

    @Test
    void userModifyUserIdRenamesTheInstance() {
        String oldId = newServiceUserId();
        String newId = newServiceUserId();
        send(minimalAdd(oldId, null));

        assertThat(send(new UserModifyUserIdRequest(oldId, newId))).isEqualTo(new SuccessResponse());

        assertThat(get(newId).serviceInstanceProfile().name()).isEqualTo("Minimal IGC");
        assertThat(errorCodeOf(send(new GroupInstantGroupCallGetInstanceRequest19sp1(oldId)))).isEqualTo(4008);
    }

    @Test
    void deleteRemovesTheInstance() {
        String id = newServiceUserId();
        send(minimalAdd(id, null));

        assertThat(send(new GroupInstantGroupCallDeleteInstanceRequest(id))).isEqualTo(new SuccessResponse());

        assertThat(errorCodeOf(send(new GroupInstantGroupCallGetInstanceRequest19sp1(id)))).isEqualTo(4008);
        assertThat(listRows(null)).extracting(row -> row.get("Service User Id")).doesNotContain(id);
    }

    @Test
    void groupGetAnswersTheGroupProfile() {
        assertThat(send(new GroupGetRequest22V5(SERVICE_PROVIDER, GROUP)))
                .isEqualTo(new GroupGetResponse22V5(
                        DOMAIN, "APIO other group", "+3281000000", "Europe/Brussels", SERVICE_PROVIDER, GROUP));
    }

    @Test
    void departmentListHasEnterpriseDepartmentsOnlyWhenAskedFor() {
        assertThat(departmentRows(true))
                .containsExactlyInAnyOrder(
                        List.of("true", "ent_department", "ent_department"),
                        List.of("false", "test_department_parent_1", "test_department_parent_1"),
                        List.of("false", "test_department_initial", "test_department_parent_1 \\ test_department_initial"));
        assertThat(departmentRows(false))
                .extracting(row -> row.get(0))
                .containsOnly("false")
                .hasSize(2);
    }

    @Test
    void oneDocumentAnswersEachCommandInOrder() {
        String id = newServiceUserId();

        List<OciResponse> answers = client.send(List.of(
                minimalAdd(id, null),
                new GroupInstantGroupCallModifyActiveInstanceListRequest(List.of(new ServiceActivation(id, true))),
                new GroupInstantGroupCallGetInstanceRequest19sp1(id),
                new GroupInstantGroupCallGetInstanceListRequest(SERVICE_PROVIDER, GROUP, null)));

        assertThat(answers).hasSize(4);
        assertThat(answers.get(0)).isEqualTo(new SuccessResponse());
        assertThat(answers.get(1)).isEqualTo(new SuccessResponse());
        assertThat(answers.get(2))
                .isInstanceOfSatisfying(GroupInstantGroupCallGetInstanceResponse19sp1.class,
                        instance -> assertThat(instance.serviceInstanceProfile().name()).isEqualTo("Minimal IGC"));
        assertThat(answers.get(3))
                .isInstanceOfSatisfying(GroupInstantGroupCallGetInstanceListResponse.class,
                        list -> assertThat(list.instantGroupCallTable().rowsByHeading())
                                .anySatisfy(row -> assertThat(row)
                                        .containsEntry("Service User Id", id)
                                        .containsEntry("Is Active", "true")));
        assertThat(lastDocumentCommandCount()).isEqualTo(4);
    }

    @Test
    void fifteenCommandsTravelInOneDocumentAndAnswerInOrder() {
        List<String> ids = IntStream.range(0, 7).mapToObj(i -> newServiceUserId()).toList();
        List<OciRequest> commands = Stream.of(
                        ids.stream().<OciRequest>map(id -> minimalAdd(id, null)),
                        ids.stream().<OciRequest>map(GroupInstantGroupCallGetInstanceRequest19sp1::new),
                        Stream.<OciRequest>of(new GroupInstantGroupCallGetInstanceListRequest(SERVICE_PROVIDER, GROUP, null)))
                .flatMap(s -> s)
                .toList();

        List<OciResponse> answers = client.send(commands);

        assertThat(answers).hasSize(OciClient.MAX_COMMANDS_PER_DOCUMENT);
        assertThat(answers.subList(0, 7)).containsOnly(new SuccessResponse());
        assertThat(answers.subList(7, 14))
                .allSatisfy(answer -> assertThat(answer).isInstanceOf(GroupInstantGroupCallGetInstanceResponse19sp1.class));
        assertThat(answers.get(14))
                .isInstanceOfSatisfying(GroupInstantGroupCallGetInstanceListResponse.class,
                        list -> assertThat(list.instantGroupCallTable().rowsByHeading())
                                .extracting(row -> row.get("Service User Id"))
                                .containsAll(ids));
        assertThat(lastDocumentCommandCount()).isEqualTo(OciClient.MAX_COMMANDS_PER_DOCUMENT);
    }

    @Test
    void aFailingCommandDoesNotStopTheOnesAfterIt() {
        String id = newServiceUserId();
        String unknown = "oci-client-nobody@" + DOMAIN;

        List<OciResponse> answers = client.send(List.of(
                minimalAdd(id, null),
                minimalAdd(id, null),
                new GroupInstantGroupCallGetInstanceRequest19sp1(unknown),
                new GroupInstantGroupCallModifyActiveInstanceListRequest(List.of(new ServiceActivation(id, true))),
                new GroupInstantGroupCallGetInstanceRequest19sp1(id)));

        assertThat(answers).hasSize(5);
        assertThat(answers.get(0)).isEqualTo(new SuccessResponse());
        assertThat(errorCodeOf(answers.get(1))).isEqualTo(4600);
        assertThat(errorCodeOf(answers.get(2))).isEqualTo(4008);
        assertThat(answers.get(3)).isEqualTo(new SuccessResponse());
        assertThat(answers.get(4)).isInstanceOf(GroupInstantGroupCallGetInstanceResponse19sp1.class);
        assertThat(activeFlags()).containsEntry(id, "true");
    }

    @Test
    void moreThanFifteenCommandsAreRefusedBeforeAnythingIsSent() {
        List<OciRequest> sixteen =
                Collections.nCopies(16, new GroupGetRequest22V5(SERVICE_PROVIDER, GROUP));

        assertThatThrownBy(() -> client.send(sixteen)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sentDocuments.documents()).isEmpty();
        // The after-each check needs one document: the client must still work after the refusal.
        assertThat(send(new GroupGetRequest22V5(SERVICE_PROVIDER, GROUP))).isInstanceOf(GroupGetResponse22V5.class);
    }

    @Test
    void hostileTextRoundTripsLiterally() {
        String id = newServiceUserId();
        String name = "<b>&amp; ]]> \"q\" 'a' Ωμέγα";
        String lastName = "Müller & <Söhne> ]]>";
        String firstName = "日本語 \"テスト\" 'ñ' 😀";
        String networkClassOfService = "<![CDATA[x]]> &lt; Ж";
        send(new GroupInstantGroupCallAddInstanceRequest14(
                SERVICE_PROVIDER,
                GROUP,
                id,
                new ServiceInstanceAddProfile(name, lastName, firstName, "やまだ", "たろう", null, null,
                        "p<&>\"'ss", null, "Русский", null, List.of(), null, null),
                List.of(),
                false,
                null,
                networkClassOfService));

        GroupInstantGroupCallGetInstanceResponse19sp1 instance = get(id);
        assertThat(instance.serviceInstanceProfile().name()).isEqualTo(name);
        assertThat(instance.serviceInstanceProfile().callingLineIdLastName()).isEqualTo(lastName);
        assertThat(instance.serviceInstanceProfile().callingLineIdFirstName()).isEqualTo(firstName);
        assertThat(instance.serviceInstanceProfile().hiraganaLastName()).isEqualTo("やまだ");
        assertThat(instance.serviceInstanceProfile().language()).isEqualTo("Русский");
        assertThat(instance.networkClassOfService()).isEqualTo(networkClassOfService);
        assertThat(listRows(null))
                .filteredOn(row -> id.equals(row.get("Service User Id")))
                .extracting(row -> row.get("Name"))
                .containsExactly(name);
    }

    @Test
    void broadWorksErrorsComeBackAsErrorResponsesWithTheirCode() {
        String id = newServiceUserId();
        send(minimalAdd(id, null));

        List<OciResponse> answers = client.send(List.of(
                new GroupInstantGroupCallGetInstanceRequest19sp1("oci-client-nobody@" + DOMAIN),
                new GroupGetRequest22V5(SERVICE_PROVIDER, "NoSuchGroup"),
                new GroupInstantGroupCallGetInstanceListRequest(SERVICE_PROVIDER, "NoSuchGroup", null),
                minimalAdd(id, null)));

        assertThat(answers).extracting(OciClientAgainstSimulatorTest::errorCodeOf).containsExactly(4008, 4152, 4152, 4600);
        assertThat(answers.get(0))
                .isInstanceOfSatisfying(ErrorResponse.class, error -> assertThat(error.summaryEnglish())
                        .startsWith("[Error 4008]")
                        .contains("oci-client-nobody@" + DOMAIN));
    }

    private String newServiceUserId() {
        String id = "oci-client-" + SEQUENCE.incrementAndGet() + "@" + DOMAIN;
        created.add(id);
        return id;
    }

    private OciResponse send(OciRequest command) {
        return client.send(List.of(command)).get(0);
    }

    private GroupInstantGroupCallGetInstanceResponse19sp1 get(String serviceUserId) {
        OciResponse answer = send(new GroupInstantGroupCallGetInstanceRequest19sp1(serviceUserId));
        assertThat(answer).isInstanceOf(GroupInstantGroupCallGetInstanceResponse19sp1.class);
        return (GroupInstantGroupCallGetInstanceResponse19sp1) answer;
    }

    /** The instance list of the group, or of one of its departments, each row by heading. */
    private List<Map<String, String>> listRows(String departmentName) {
        OciResponse answer = send(new GroupInstantGroupCallGetInstanceListRequest(SERVICE_PROVIDER, GROUP, departmentName));
        assertThat(answer).isInstanceOf(GroupInstantGroupCallGetInstanceListResponse.class);
        return ((GroupInstantGroupCallGetInstanceListResponse) answer).instantGroupCallTable().rowsByHeading();
    }

    private Map<String, String> activeFlags() {
        Map<String, String> flags = new HashMap<>();
        listRows(null).forEach(row -> flags.put(row.get("Service User Id"), row.get("Is Active")));
        return flags;
    }

    /** ApioGrpTest's departments as (enterprise?, name, full path); the seed gives it two levels. */
    private List<List<String>> departmentRows(boolean includeEnterprise) {
        OciResponse answer = send(new GroupDepartmentGetListRequest18(SERVICE_PROVIDER, "ApioGrpTest", includeEnterprise));
        assertThat(answer).isInstanceOf(GroupDepartmentGetListResponse18.class);
        return ((GroupDepartmentGetListResponse18) answer).departmentTable().rowsByHeading().stream()
                .map(row -> List.of(row.get("Is Enterprise Department"), row.get("Department Name"), row.get("Full Path Name")))
                .toList();
    }

    private static Integer errorCodeOf(OciResponse answer) {
        return answer instanceof ErrorResponse error ? error.code() : null;
    }

    private int lastDocumentCommandCount() {
        List<String> documents = sentDocuments.documents();
        return SentCommands.typesIn(documents.get(documents.size() - 1)).size();
    }

    private static GroupInstantGroupCallAddInstanceRequest14 fullAdd(
            String id, String phoneNumber, String extension, DepartmentKey department) {
        return new GroupInstantGroupCallAddInstanceRequest14(
                SERVICE_PROVIDER,
                GROUP,
                id,
                new ServiceInstanceAddProfile(
                        "Sales IGC",
                        "Sales",
                        "IGC",
                        "せーるす",
                        "あいじーしー",
                        phoneNumber,
                        extension,
                        "igc-secret",
                        department,
                        "English",
                        "Europe/Brussels",
                        SALES_ALIASES,
                        "sales-igc@" + DOMAIN,
                        "+3281000000"),
                SALES_DESTINATIONS,
                true,
                5,
                "Local Only");
    }

    private static GroupInstantGroupCallAddInstanceRequest14 minimalAdd(String id, DepartmentKey department) {
        return new GroupInstantGroupCallAddInstanceRequest14(
                SERVICE_PROVIDER,
                GROUP,
                id,
                new ServiceInstanceAddProfile("Minimal IGC", "Minimal", "IGC", null, null, null, null, null,
                        department, null, null, List.of(), null, null),
                List.of(),
                false,
                null,
                null);
    }

    private static ServiceInstanceModifyProfile keepProfile() {
        return new ServiceInstanceModifyProfile(null, null, null, null, null, Change.keep(), Change.keep(), null,
                Change.keep(), null, null, Change.keep(), Change.keep(), Change.keep());
    }
}
