package net.ocigateway.igc.simulator;

import static net.ocigateway.igc.simulator.SimulatorClient.parse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;

/** Runs the whole application on a random port and talks SOAP to its embedded simulator over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SimulatorHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SimulatorFaults faults;

    @Autowired
    SimulatorProperties properties;

    SimulatorClient client;

    @BeforeEach
    void newClient() {
        client = new SimulatorClient(port);
    }

    /** The application context is shared with other tests: leave no instance, fault or quirk behind. */
    @AfterEach
    void cleanUp() throws Exception {
        faults.reset();
        properties.getQuirks().setNationalNumbersInList(false);
        SimulatorClient cleaner = new SimulatorClient(port);
        cleaner.login();
        for (String group : new String[] {"ApioGrpTest", "ApioGrpOther"}) {
            String list = cleaner.send(listCommand(group));
            NodeList rows = parse(list).getElementsByTagName("row");
            for (int i = 0; i < rows.getLength(); i++) {
                String serviceUserId = rows.item(i).getFirstChild().getTextContent();
                cleaner.send("""
                        <command xmlns="" xsi:type="GroupInstantGroupCallDeleteInstanceRequest"><serviceUserId>%s</serviceUserId></command>"""
                        .formatted(serviceUserId));
            }
        }
    }

    static String listCommand(String group) {
        return """
                <command xmlns="" xsi:type="GroupInstantGroupCallGetInstanceListRequest">
                  <serviceProviderId>ApioSpTest</serviceProviderId><groupId>%s</groupId>
                </command>"""
                .formatted(group);
    }

    /** An Add of {@code serviceUserId} in ApioGrpTest with the required elements and {@code extraProfile}. */
    static String addCommand(String serviceUserId, String extraProfile) {
        return """
                <command xmlns="" xsi:type="GroupInstantGroupCallAddInstanceRequest14">
                  <serviceProviderId>ApioSpTest</serviceProviderId>
                  <groupId>ApioGrpTest</groupId>
                  <serviceUserId>%s</serviceUserId>
                  <serviceInstanceProfile>
                    <name>Sales IGC</name>
                    <callingLineIdLastName>Sales</callingLineIdLastName>
                    <callingLineIdFirstName>IGC</callingLineIdFirstName>
                    %s
                  </serviceInstanceProfile>
                  <isAnswerTimeoutEnabled>false</isAnswerTimeoutEnabled>
                </command>"""
                .formatted(serviceUserId, extraProfile);
    }

    static String getCommand(String serviceUserId) {
        return """
                <command xmlns="" xsi:type="GroupInstantGroupCallGetInstanceRequest19sp1"><serviceUserId>%s</serviceUserId></command>"""
                .formatted(serviceUserId);
    }
}
