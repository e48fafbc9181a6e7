package net.ocigateway.igc.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded closed-loop load: a fixed number of workers each run one operation after the other, first for a
 * warm-up, then for a measured period; latencies of the measured period only are kept.
 */
final class Load {

    /** One operation of worker {@code worker}, its {@code n}th; false when the answer was wrong. */
    @FunctionalInterface
    interface Operation {
        boolean run(int worker, long n) throws Exception;
    }

    /** What a measured period gave. */
    record Result(long operations, long errors, double seconds, long p50Nanos, long p99Nanos) {

        double perSecond() {
            return operations / seconds;
        }

        double p50Millis() {
            return p50Nanos / 1e6;
        }

        double p99Millis() {
            return p99Nanos / 1e6;
        }
    }

    private Load() {}

    static Result run(int workers, Duration warmUp, Duration measured, Operation operation) throws InterruptedException {
        return run(workers, warmUp, measured, Long.MAX_VALUE, operation);
    }

    /** Stops at the end of the measured period or after {@code limit} operations, whichever comes first. */
    static Result run(int workers, Duration warmUp, Duration measured, long limit, Operation operation)
            throws InterruptedException {
        AtomicLong started = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "load-worker");
            thread.setDaemon(true);
            return thread;
        });
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.execute(() -> {
                long[] mine = new long[1024];
                int count = 0;
                try {
                    for (long n = 0; ; n++) {
                        long before = System.nanoTime();
                        if (before >= end || started.incrementAndGet() > limit) {
                            break;
                        }
                        boolean right = run(operation, worker, n);
                        long after = System.nanoTime();
                        if (before >= measureFrom && after <= end) {
                            if (!right) {
                                errors.incrementAndGet();
                            }
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, count * 2);
                            }
                            mine[count++] = after - before;
                        }
                    }
                } finally {
                    latencies[worker] = mine;
                    counts[worker] = count;
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        double seconds = Math.min(measured.toNanos(), System.nanoTime() - measureFrom) / 1e9;
        return new Result(total, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static boolean run(Operation operation, int worker, long n) {
        try {
            return operation.run(worker, n);
        } catch (Exception e) {
            return false;
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

}
