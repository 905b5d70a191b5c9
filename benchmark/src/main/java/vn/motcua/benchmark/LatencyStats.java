package vn.motcua.benchmark;

import java.util.Arrays;

/**
 * Summary statistics of a set of latency samples (nanoseconds). Percentiles use the nearest-rank
 * method: the p-th percentile is the smallest sample such that at least p% of the samples are
 * less than or equal to it, i.e. {@code sorted[ceil(p/100 * n) - 1]}. It always returns a value
 * that was actually observed, which is what latency targets such as "p95 ≤ 20 ms" mean.
 */
public record LatencyStats(long count, long minNanos, long maxNanos, double meanNanos, double stdDevNanos,
                           long p50Nanos, long p90Nanos, long p95Nanos, long p99Nanos, long p999Nanos) {

    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Computes the statistics; the input array is not modified. */
    public static LatencyStats of(long[] samples) {
        return of(samples, samples.length);
    }

    /** Computes the statistics of the first {@code length} samples; the input is not modified. */
    public static LatencyStats of(long[] samples, int length) {
        if (length < 0 || length > samples.length) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + samples.length);
        }
        if (length == 0) {
            return EMPTY;
        }
        long[] sorted = Arrays.copyOf(samples, length);
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("negative latency sample: " + sorted[0]);
        }
        // Welford's algorithm: numerically stable mean and variance.
        double mean = 0;
        double m2 = 0;
        long n = 0;
        for (long s : sorted) {
            n++;
            double delta = s - mean;
            mean += delta / n;
            m2 += delta * (s - mean);
        }
        double stdDev = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
        return new LatencyStats(length, sorted[0], sorted[length - 1], mean, stdDev,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 99.9));
    }

    /**
     * Nearest-rank percentile of an ascending array.
     *
     * @param sorted samples in ascending order, at least one
     * @param p      percentile in (0, 100]
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        // The small epsilon keeps e.g. 0.95 * 100 = 95.00000000000001 from rounding up to rank 96.
        long rank = (long) Math.ceil(p / 100.0 * sorted.length - 1e-9);
        rank = Math.max(1, Math.min(sorted.length, rank));
        return sorted[(int) (rank - 1)];
    }

    public static double toMillis(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
