package net.ocigateway.igc.jms;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/** Processed requests in this instance's memory, the most recent {@code maxEntries} of them. */
final class MemoryProcessedRequests implements ProcessedRequests {

    /** A claim whose result is not known yet. */
    private static final String RUNNING = "";

    private final Cache<String, String> results;

    MemoryProcessedRequests(int maxEntries) {
        this.results = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    @Override
    public Claim claim(String requestId) {
        return Optional.ofNullable(results.asMap().putIfAbsent(requestId, RUNNING))
                .map(known -> known.equals(RUNNING) ? Claim.RUNNING : Claim.done(known))
                .orElse(Claim.TAKEN);
    }

    @Override
    public void complete(String requestId, String result) {
        results.put(requestId, result);
    }

    @Override
    public void release(String requestId) {
        results.asMap().remove(requestId, RUNNING);
    }
}
