package net.ocigateway.igc.ocip;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What the last SOAP round trip to BroadWorks showed: an OCI-P answer came back, or none could be had. Every
 * call records it, so the health check learns from real traffic for free.
 */
@Component
public class BroadWorksReachability {

    /** The last round trip: when it ended and, if no answer came back, why. */
    record Outcome(Instant at, String failure) {

        boolean answered() {
            return failure == null;
        }
    }

    private final Clock clock = Clock.systemUTC();
    private volatile Outcome last;

    void answered() {
        last = new Outcome(clock.instant(), null);
    }

    void failed(String reason) {
        last = new Outcome(clock.instant(), reason);
    }

    /** The last outcome, or null before the first round trip. */
    Outcome last() {
        return last;
    }

    Instant now() {
        return clock.instant();
    }
}
