package vn.motcua.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Summary statistics of latency samples (nanoseconds) recorded in an HdrHistogram with
 * {@value #SIGNIFICANT_DIGITS} significant digits. Percentiles use the nearest-rank method (the p-th
 * percentile is the smallest sample such that at least p% of the samples are less than or equal to it);
 * the histogram reports the top of the bucket that sample fell in, so a reported percentile, minimum or
 * maximum is never below the sample and at most 0.1% above it (exact below 2048 ns). Mean and standard
 * deviation are taken over the bucket midpoints, within the same precision.
 */
public record LatencyStats(long count, long minNanos, long maxNanos, double meanNanos, double stdDevNanos,
                           long p50Nanos, long p90Nanos, long p95Nanos, long p99Nanos, long p999Nanos) {

    public static final int SIGNIFICANT_DIGITS = 3;

    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** An empty histogram for latencies, growing to whatever range is recorded. */
    public static Histogram newHistogram() {
        return new Histogram(SIGNIFICANT_DIGITS);
    }

    /** Computes the statistics; the histogram is not modified. */
    public static LatencyStats of(Histogram histogram) {
        long n = histogram.getTotalCount();
        if (n == 0) {
            return EMPTY;
        }
        // HdrHistogram's deviation divides by n: scale it to the sample standard deviation (n - 1)
        double stdDev = n > 1 ? histogram.getStdDeviation() * Math.sqrt(n / (n - 1.0)) : 0;
        return new LatencyStats(n, histogram.highestEquivalentValue(histogram.getMinValue()),
                histogram.getMaxValue(), histogram.getMean(), stdDev,
                percentile(histogram, 50), percentile(histogram, 90), percentile(histogram, 95),
                percentile(histogram, 99), percentile(histogram, 99.9));
    }

    /**
     * Nearest-rank percentile.
     *
     * @param histogram at least one sample
     * @param p         percentile in (0, 100]
     */
    public static long percentile(Histogram histogram, double p) {
        if (histogram.getTotalCount() == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        return histogram.getValueAtPercentile(p);
    }

    public static double toMillis(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
