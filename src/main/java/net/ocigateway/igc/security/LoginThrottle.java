package net.ocigateway.igc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed logins a username is locked for a while, the lock doubling
 * with each further failure up to a maximum. Usernames are tracked whether they exist or not, so a lock tells
 * nothing about existence. Memory is bounded; a quiet period as long as the maximum lock forgets the failures.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant lockedUntil) {}

    private final Cache<String, Failures> failures;
    private final int freeAttempts;
    private final Duration firstLock;
    private final Duration maxLock;

    public LoginThrottle(AccessProperties properties) {
        AccessProperties.Login login = properties.login();
        this.freeAttempts = login.freeAttempts();
        this.firstLock = login.firstLock();
        this.maxLock = login.maxLock();
        this.failures = Caffeine.newBuilder()
                .maximumSize(login.trackedUsernames())
                .expireAfterWrite(maxLock)
                .build();
    }

    public boolean isLocked(String username) {
        Failures known = failures.getIfPresent(username);
        return known != null && Instant.now().isBefore(known.lockedUntil());
    }

    public void failed(String username) {
        Failures now = failures.asMap().compute(username, (name, known) -> next(known == null ? 1 : known.count() + 1));
        if (now.count() >= freeAttempts) {
            log.info("Login locked until {} after {} failures in a row", now.lockedUntil(), now.count());
        }
    }

    public void succeeded(String username) {
        failures.invalidate(username);
    }

    private Failures next(int count) {
        if (count < freeAttempts) {
            return new Failures(count, Instant.EPOCH);
        }
        int doublings = Math.min(count - freeAttempts, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return new Failures(count, Instant.now().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock));
    }
}
