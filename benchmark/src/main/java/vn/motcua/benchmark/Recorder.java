package vn.motcua.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-worker sample store: latencies (nanoseconds) of completed operations and a count per
 * outcome (HTTP status code, SQL state or exception name). Not thread-safe: each worker owns one
 * and the engine merges them once every worker has stopped.
 */
final class Recorder {

    private long[] latencies = new long[4096];
    private int size;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private long bytes;

    void record(long nanos, String outcome, boolean success, long responseBytes) {
        if (size == latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[size++] = nanos;
        outcomes.merge(outcome, 1L, Long::sum);
        if (!success) {
            errors.merge(outcome, 1L, Long::sum);
        }
        bytes += Math.max(0, responseBytes);
    }

    int size() {
        return size;
    }

    static Merged merge(Iterable<Recorder> recorders) {
        int total = 0;
        for (Recorder r : recorders) {
            total += r.size;
        }
        long[] all = new long[total];
        int pos = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        long bytes = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.latencies, 0, all, pos, r.size);
            pos += r.size;
            r.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
            r.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            bytes += r.bytes;
        }
        return new Merged(all, outcomes, errors, bytes);
    }

    record Merged(long[] latencies, Map<String, Long> outcomes, Map<String, Long> errors, long bytes) {
        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
