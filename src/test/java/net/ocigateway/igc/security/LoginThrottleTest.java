package net.ocigateway.igc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The throttle's own rules, on a clock the test moves. */
class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new AccessProperties(
            new AccessProperties.Jwt("", "igc-gateway", Duration.ofHours(1), "", "", ""),
            new AccessProperties.Login(5, 12, Duration.ofSeconds(1), Duration.ofMinutes(5), 1000),
            List.of(), List.of()), clock);

    @Test
    void theFreeAttemptsAreTakenBeforeAnyPasswordIsCheckedThenTheUsernameIsLocked() {
        assertThat(attempts("alice", 20)).isEqualTo(5);
    }

    @Test
    void aLockThatEndsHandsBackOneAttemptNotTheAllowance() {
        attempts("alice", 5);
        clock.pass(Duration.ofMillis(1001));
        assertThat(attempts("alice", 10)).isEqualTo(1);
        // That attempt locked for twice as long.
        clock.pass(Duration.ofMillis(1001));
        assertThat(attempts("alice", 10)).isZero();
        clock.pass(Duration.ofMillis(1000));
        assertThat(attempts("alice", 10)).isEqualTo(1);
    }

    @Test
    void theRightPasswordStartsTheUsernameAfresh() {
        attempts("alice", 4);
        throttle.succeeded("alice", ADDRESS);
        assertThat(attempts("alice", 10)).isEqualTo(5);
    }

    @Test
    void oneAddressGuessingManyUsernamesIsLockedAsWell() {
        long allowed = IntStream.range(0, 40).filter(i -> throttle.tryAttempt("user" + i, ADDRESS)).count();
        assertThat(allowed).isEqualTo(12);
        assertThat(throttle.tryAttempt("somebody-new", ADDRESS)).isFalse();
        assertThat(throttle.tryAttempt("somebody-new", "192.0.2.11")).isTrue();
    }

    @Test
    void aGoodLoginGivesTheAddressBackOnlyItsOwnAttempt() {
        IntStream.range(0, 11).forEach(i -> throttle.tryAttempt("user" + i, ADDRESS));
        assertThat(throttle.tryAttempt("owner", ADDRESS)).isTrue();
        throttle.succeeded("owner", ADDRESS);
        assertThat(throttle.tryAttempt("user-a", ADDRESS)).isTrue();
        assertThat(throttle.tryAttempt("user-b", ADDRESS)).isFalse();
    }

    private int attempts(String username, int tries) {
        return (int) IntStream.range(0, tries).filter(i -> throttle.tryAttempt(username, ADDRESS)).count();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
