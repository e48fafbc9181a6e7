package net.ocigateway.igc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SimulatorStoreTest {

    private final SimulatorStore store = seededStore();

    @Test
    void concurrentAddsOfOneNumberLetExactlyOneWin() throws Exception {
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String serviceUserId = "racer" + i + "@sip.netaxis.be";
            adds.add(() -> tryAdd("ApioGrpTest", serviceUserId, "+3271112233"));
        }

        assertThat(winners(adds)).isEqualTo(1);
    }

    @Test
    void concurrentAddsOfOneIdAcrossGroupsLetExactlyOneWin() throws Exception {
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String group = i % 2 == 0 ? "ApioGrpTest" : "ApioGrpOther";
            adds.add(() -> tryAdd(group, "same@sip.netaxis.be", null));
        }

        assertThat(winners(adds)).isEqualTo(1);
    }

    private boolean tryAdd(String groupId, String serviceUserId, String phoneNumber) {
        IgcInstance.Draft draft = new IgcInstance.Draft();
        draft.serviceUserId = serviceUserId;
        draft.name = "n";
        draft.callingLineIdLastName = "l";
        draft.callingLineIdFirstName = "f";
        draft.phoneNumber = phoneNumber;
        try {
            store.add(store.group("ApioSpTest", groupId), draft);
            return true;
        } catch (CommandRejected rejected) {
            return false;
        }
    }

    private static long winners(List<Callable<Boolean>> adds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long won = 0;
            for (Future<Boolean> result : pool.invokeAll(adds)) {
                won += result.get() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdown();
        }
    }

    private static SimulatorStore seededStore() {
        try (InputStream seed = SimulatorStoreTest.class.getResourceAsStream("/config/simulator-seed.json")) {
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(seed, SimulatorSeed.class).toStore();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
