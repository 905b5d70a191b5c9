package vn.motcua.benchmark;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Below 2048 ns the histogram holds every value exactly, so the nearest-rank cases assert exact values; above,
 * a reported value is the top of its bucket: never below the true sample, at most 0.1% (3 significant digits) above.
 */
class LatencyStatsTest {

    private static Histogram histogram(long... samples) {
        Histogram h = LatencyStats.newHistogram();
        LongStream.of(samples).forEach(h::recordValue);
        return h;
    }

    /** The nearest-rank sample itself, from the sorted samples: what the histogram approximates. */
    private static long exactPercentile(long[] sorted, double p) {
        return sorted[(int) Math.max(1, Math.ceil(p / 100.0 * sorted.length - 1e-9)) - 1];
    }

    @Test
    void nearestRankOnOneToHundred() {
        Histogram h = histogram(LongStream.rangeClosed(1, 100).toArray());
        assertThat(LatencyStats.percentile(h, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(h, 90)).isEqualTo(90);
        assertThat(LatencyStats.percentile(h, 95)).isEqualTo(95);
        assertThat(LatencyStats.percentile(h, 99)).isEqualTo(99);
        assertThat(LatencyStats.percentile(h, 99.9)).isEqualTo(100);
        assertThat(LatencyStats.percentile(h, 100)).isEqualTo(100);
        assertThat(LatencyStats.percentile(h, 0.5)).isEqualTo(1);
    }

    @Test
    void nearestRankOnSmallSets() {
        // Textbook nearest-rank example: {15, 20, 35, 40, 50}.
        Histogram h = histogram(15, 20, 35, 40, 50);
        assertThat(LatencyStats.percentile(h, 5)).isEqualTo(15);
        assertThat(LatencyStats.percentile(h, 30)).isEqualTo(20);
        assertThat(LatencyStats.percentile(h, 40)).isEqualTo(20);
        assertThat(LatencyStats.percentile(h, 50)).isEqualTo(35);
        assertThat(LatencyStats.percentile(h, 100)).isEqualTo(50);
        assertThat(LatencyStats.percentile(histogram(7), 99)).isEqualTo(7);
    }

    @Test
    void floatingPointDoesNotPushTheRankUp() {
        // 0.95 * 20 = 19.000000000000004 in doubles; rank must be 19, not 20.
        assertThat(LatencyStats.percentile(histogram(LongStream.rangeClosed(1, 20).toArray()), 95)).isEqualTo(19);
        Histogram thousand = histogram(LongStream.rangeClosed(1, 1000).toArray());
        assertThat(LatencyStats.percentile(thousand, 99.9)).isEqualTo(999);
        assertThat(LatencyStats.percentile(thousand, 99)).isEqualTo(990);
    }

    @Test
    void statisticsOfUnsortedSamples() {
        Histogram h = histogram(900, 100, 500, 300, 700, 200, 800, 400, 1000, 600);
        LatencyStats s = LatencyStats.of(h);
        assertThat(h.getTotalCount()).as("the histogram is left alone").isEqualTo(10);
        assertThat(s.count()).isEqualTo(10);
        assertThat(s.minNanos()).isEqualTo(100);
        assertThat(s.maxNanos()).isEqualTo(1000);
        assertThat(s.meanNanos()).isCloseTo(550.0, within(1e-9));
        assertThat(s.p50Nanos()).isEqualTo(500);
        assertThat(s.p90Nanos()).isEqualTo(900);
        assertThat(s.p95Nanos()).isEqualTo(1000);
        assertThat(s.p99Nanos()).isEqualTo(1000);
        // sample standard deviation of 100..1000 step 100
        assertThat(s.stdDevNanos()).isCloseTo(302.7650354, within(1e-6));
    }

    @Test
    void emptyAndInvalidInput() {
        assertThat(LatencyStats.of(LatencyStats.newHistogram())).isEqualTo(LatencyStats.EMPTY);
        assertThatThrownBy(() -> LatencyStats.percentile(LatencyStats.newHistogram(), 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(histogram(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(histogram(1), 100.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void millisecondLatenciesAreKeptToThreeSignificantDigits() {
        LatencyStats s = LatencyStats.of(histogram(1_234_567, 2_000_000, 45_678_901));
        assertThat(s.minNanos()).isBetween(1_234_567L, 1_234_567L + 1_234);
        assertThat(s.p50Nanos()).isBetween(2_000_000L, 2_000_000L + 2_000);
        assertThat(s.maxNanos()).isBetween(45_678_901L, 45_678_901L + 45_678);
        assertThat(s.meanNanos()).isCloseTo((1_234_567 + 2_000_000 + 45_678_901) / 3.0, within(45_678 / 3.0));
    }

    @Test
    void percentilesAreMonotoneAndWithinTheirPrecisionOfTheNearestRankSample() {
        Random rnd = new Random(42);
        long[] samples = new long[10_007];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (long) (Math.exp(rnd.nextGaussian()) * 1_000_000); // log-normal, like latencies
        }
        Histogram h = histogram(samples);
        LatencyStats s = LatencyStats.of(h);
        assertThat(s.minNanos()).isLessThanOrEqualTo(s.p50Nanos());
        assertThat(s.p50Nanos()).isLessThanOrEqualTo(s.p90Nanos());
        assertThat(s.p90Nanos()).isLessThanOrEqualTo(s.p95Nanos());
        assertThat(s.p95Nanos()).isLessThanOrEqualTo(s.p99Nanos());
        assertThat(s.p99Nanos()).isLessThanOrEqualTo(s.p999Nanos());
        assertThat(s.p999Nanos()).isLessThanOrEqualTo(s.maxNanos());
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        double[] ps = {50, 90, 95, 99, 99.9};
        long[] reported = {s.p50Nanos(), s.p90Nanos(), s.p95Nanos(), s.p99Nanos(), s.p999Nanos()};
        for (int i = 0; i < ps.length; i++) {
            long exact = exactPercentile(sorted, ps[i]);
            assertThat(reported[i]).as("p%s", ps[i]).isBetween(exact, exact + exact / 1000);
        }
        // at least p% of the samples are ≤ the p-th percentile, and fewer than p% are below its bucket
        long atOrBelow = LongStream.of(samples).filter(v -> v <= s.p95Nanos()).count();
        long belowBucket = LongStream.of(samples).filter(v -> v < h.lowestEquivalentValue(s.p95Nanos())).count();
        assertThat(atOrBelow).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * samples.length));
        assertThat(belowBucket).isLessThan((long) Math.ceil(0.95 * samples.length));
    }

    @Test
    void millisecondsAreRoundedToMicroseconds() {
        assertThat(LatencyStats.toMillis(1_234_567)).isEqualTo(1.235);
        assertThat(LatencyStats.toMillis(999)).isEqualTo(0.001);
    }
}
