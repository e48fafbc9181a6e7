package net.ocigateway.igc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per username and per client address. Each login takes an attempt before its
 * password is checked, atomically, so parallel guesses cannot all slip past a lock that only the first of them
 * would have set. After the free attempts every attempt locks for a while, doubling up to a maximum; when a lock
 * ends, one attempt is free, not the whole allowance again. Usernames are tracked whether they exist or not, so a
 * lock tells nothing about existence. Memory is bounded; failures are forgotten a maximum lock after the last
 * lock ends.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Attempts byUsername;
    private final Attempts byAddress;

    @Autowired
    public LoginThrottle(AccessProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(AccessProperties properties, Clock clock) {
        AccessProperties.Login login = properties.login();
        this.byUsername = new Attempts("username", login.freeAttempts(), login, clock);
        this.byAddress = new Attempts("client address", login.addressFreeAttempts(), login, clock);
    }

    /**
     * Takes one attempt of this username and of this client address; {@code false}: refused without checking
     * the password. A username refused costs the address nothing.
     */
    public boolean tryAttempt(String username, String clientAddress) {
        return byUsername.tryTake(username) && byAddress.tryTake(clientAddress);
    }

    /** The right password: the username starts afresh, and the address gets back the attempt this login took. */
    public void succeeded(String username, String clientAddress) {
        byUsername.forget(username);
        byAddress.giveBack(clientAddress);
    }

    private record Tally(int count, Instant lockedUntil) {}

    /** Attempts of one kind of key, each counted and locked in one atomic step. */
    private static final class Attempts {

        private final String kind;
        private final int freeAttempts;
        private final Duration firstLock;
        private final Duration maxLock;
        private final Clock clock;
        private final Cache<String, Tally> tallies;

        Attempts(String kind, int freeAttempts, AccessProperties.Login login, Clock clock) {
            this.kind = kind;
            this.freeAttempts = freeAttempts;
            this.firstLock = login.firstLock();
            this.maxLock = login.maxLock();
            this.clock = clock;
            this.tallies = Caffeine.newBuilder()
                    .maximumSize(login.trackedUsernames())
                    .expireAfter(Expiry.<String, Tally>writing((key, tally) -> forgetAfter(tally)))
                    .build();
        }

        boolean tryTake(String key) {
            boolean[] taken = {false};
            Tally now = tallies.asMap().compute(key, (k, known) -> {
                Instant at = clock.instant();
                if (known != null && at.isBefore(known.lockedUntil())) {
                    return known;
                }
                taken[0] = true;
                int count = known == null ? 1 : known.count() + 1;
                return new Tally(count, count < freeAttempts ? Instant.EPOCH : at.plus(lockFor(count)));
            });
            if (taken[0] && now.count() >= freeAttempts) {
                log.info("Logins by this {} locked until {} after {} attempts in a row", kind, now.lockedUntil(),
                        now.count());
            }
            return taken[0];
        }

        void forget(String key) {
            tallies.invalidate(key);
        }

        /** Undoes one attempt, and the lock it set when it was the last free one. */
        void giveBack(String key) {
            tallies.asMap().computeIfPresent(key, (k, known) -> {
                int count = known.count() - 1;
                return count == 0 ? null : new Tally(count, count < freeAttempts ? Instant.EPOCH : known.lockedUntil());
            });
        }

        private Duration lockFor(int count) {
            int doublings = Math.min(count - freeAttempts, 30);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }

        /** A quiet maximum lock after the lock ends, so an expired entry never hands back the free attempts early. */
        private Duration forgetAfter(Tally tally) {
            Duration locked = Duration.between(clock.instant(), tally.lockedUntil());
            return (locked.isNegative() ? Duration.ZERO : locked).plus(maxLock);
        }
    }
}
