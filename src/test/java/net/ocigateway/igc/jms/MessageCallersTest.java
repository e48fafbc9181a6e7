package net.ocigateway.igc.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.ocigateway.igc.security.Caller;
import net.ocigateway.igc.security.UserLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The scope each message runs in, from the broker user stamped on it. */
class MessageCallersTest {

    @Test
    void withoutBrokerUsersEveryMessageRunsAsTheDefaultCaller() {
        MessageCallers callers = callers(Map.of());

        assertThat(callers.callerOf(null)).contains(new Caller(UserLevel.SYSTEM_ADMIN, null, null));
        assertThat(callers.callerOf("whoever")).contains(new Caller(UserLevel.SYSTEM_ADMIN, null, null));
    }

    @Test
    void theDefaultCallerCanBeNarrowed() {
        MessageCallers callers = callers(Map.of(
                "igc.jms.default-caller.level", "8",
                "igc.jms.default-caller.tenant-id", "ApioSpTest",
                "igc.jms.default-caller.group-id", "ApioGrpTest"));

        Caller caller = callers.callerOf(null).orElseThrow();
        assertThat(caller.mayManage("ApioSpTest", "ApioGrpTest")).isTrue();
        assertThat(caller.mayManage("ApioSpTest", "OtherGroup")).isFalse();
    }

    @Test
    void anExternalBrokersUsersRunInTheirOwnScopeAndNobodyElseRunsAtAll() {
        MessageCallers callers = callers(Map.of(
                "igc.jms.broker-url", "tcp://127.0.0.1:1",
                "igc.jms.external-users[0].username", "oss-tenant",
                "igc.jms.external-users[0].level", "12",
                "igc.jms.external-users[0].tenant-id", "ApioSpTest"));

        assertThat(callers.callerOf("oss-tenant")).contains(new Caller(UserLevel.TENANT_ADMIN, "ApioSpTest", null));
        assertThat(callers.callerOf("someone-else")).isEmpty();
        assertThat(callers.callerOf(null)).as("no validated user").isEmpty();
    }

    @Test
    void aBrokerUserBelowSystemAdminNeedsItsScope() {
        assertThatThrownBy(() -> callers(Map.of(
                "igc.jms.broker-url", "tcp://127.0.0.1:1",
                "igc.jms.external-users[0].username", "oss-group",
                "igc.jms.external-users[0].level", "8",
                "igc.jms.external-users[0].tenant-id", "ApioSpTest")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("group-id is required");
    }

    private static MessageCallers callers(Map<String, String> settings) {
        return new MessageCallers(new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("igc.jms", JmsProperties.class));
    }
}
