package vn.motcua.benchmark;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Per-worker sample store: latencies (nanoseconds) of completed operations in a histogram
 * ({@link LatencyStats#newHistogram()}, constant memory however long the run) and a count per
 * outcome (HTTP status code, SQL state or exception name). Not thread-safe: each worker owns one
 * and the engine merges them once every worker has stopped.
 */
final class Recorder {

    private final Histogram latencies = LatencyStats.newHistogram();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Long> errors = new TreeMap<>();
    private long bytes;

    void record(long nanos, String outcome, boolean success, long responseBytes) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative latency sample: " + nanos);
        }
        latencies.recordValue(nanos);
        outcomes.merge(outcome, 1L, Long::sum);
        if (!success) {
            errors.merge(outcome, 1L, Long::sum);
        }
        bytes += Math.max(0, responseBytes);
    }

    static Merged merge(Iterable<Recorder> recorders) {
        Merged all = new Merged(LatencyStats.newHistogram(), Map.of(), Map.of(), 0);
        for (Recorder r : recorders) {
            all = all.plus(new Merged(r.latencies, r.outcomes, r.errors, r.bytes));
        }
        return all;
    }

    record Merged(Histogram latencies, Map<String, Long> outcomes, Map<String, Long> errors, long bytes) {
        /** This measurement and {@code other} as one (e.g. two phases of a run). */
        Merged plus(Merged other) {
            Histogram all = LatencyStats.newHistogram();
            all.add(latencies);
            all.add(other.latencies);
            Map<String, Long> outcomes = new TreeMap<>(this.outcomes);
            other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
            Map<String, Long> errors = new TreeMap<>(this.errors);
            other.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            return new Merged(all, outcomes, errors, bytes + other.bytes);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
