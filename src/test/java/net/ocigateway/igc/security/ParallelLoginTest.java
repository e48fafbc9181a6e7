package net.ocigateway.igc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.ocigateway.igc.GatewayClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password guessing in parallel over HTTP, counting the BCrypt checks the gateway really makes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Locks outlast the test, so nothing but the throttle decides how many checks run.
    "igc.security.login.first-lock=1h",
    "igc.security.login.max-lock=1h"
})
@Import(ParallelLoginTest.CountingChecks.class)
class ParallelLoginTest {

    private static final int GUESSES = 64;
    private static final int FREE_ATTEMPTS = 5;

    @LocalServerPort
    int port;

    @Autowired
    CountingPasswordEncoder checks;

    @Test
    void sixtyFourParallelWrongLoginsForOneUserGetNoMorePasswordChecksThanTheFreeAttempts() throws Exception {
        GatewayClient client = new GatewayClient(port).anonymous();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService guessers = Executors.newFixedThreadPool(GUESSES);
        int before = checks.count();
        try {
            List<Future<Integer>> statuses = java.util.stream.IntStream.range(0, GUESSES)
                    .mapToObj(i -> guessers.submit(() -> {
                        start.await();
                        return client.login("demo-tenant", "guess-" + i).status();
                    }))
                    .toList();
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(401);
            }
        } finally {
            guessers.shutdownNow();
        }
        assertThat(checks.count() - before).isBetween(1, FREE_ATTEMPTS);
        // Locked: even the right password is not checked.
        assertThat(client.login("demo-tenant", "demo-tenant-pass").status()).isEqualTo(401);
        assertThat(checks.count() - before).isBetween(1, FREE_ATTEMPTS);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingChecks {
        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }

    static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        private final AtomicInteger matches = new AtomicInteger();

        int count() {
            return matches.get();
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
