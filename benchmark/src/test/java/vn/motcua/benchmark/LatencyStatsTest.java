package vn.motcua.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatencyStatsTest {

    @Test
    void nearestRankOnOneToHundred() {
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LatencyStats.percentile(sorted, 90)).isEqualTo(90);
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LatencyStats.percentile(sorted, 99.9)).isEqualTo(100);
        assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(100);
        assertThat(LatencyStats.percentile(sorted, 0.5)).isEqualTo(1);
    }

    @Test
    void nearestRankOnSmallSets() {
        // Textbook nearest-rank example: {15, 20, 35, 40, 50}.
        long[] sorted = {15, 20, 35, 40, 50};
        assertThat(LatencyStats.percentile(sorted, 5)).isEqualTo(15);
        assertThat(LatencyStats.percentile(sorted, 30)).isEqualTo(20);
        assertThat(LatencyStats.percentile(sorted, 40)).isEqualTo(20);
        assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(35);
        assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(50);
        assertThat(LatencyStats.percentile(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void floatingPointDoesNotPushTheRankUp() {
        // 0.95 * 20 = 19.000000000000004 in doubles; rank must be 19, not 20.
        long[] sorted = LongStream.rangeClosed(1, 20).toArray();
        assertThat(LatencyStats.percentile(sorted, 95)).isEqualTo(19);
        long[] thousand = LongStream.rangeClosed(1, 1000).toArray();
        assertThat(LatencyStats.percentile(thousand, 99.9)).isEqualTo(999);
        assertThat(LatencyStats.percentile(thousand, 99)).isEqualTo(990);
    }

    @Test
    void percentilesOfUnsortedInputAndTheInputIsLeftAlone() {
        long[] samples = {900, 100, 500, 300, 700, 200, 800, 400, 1000, 600};
        long[] copy = samples.clone();
        LatencyStats s = LatencyStats.of(samples);
        assertThat(samples).containsExactly(copy);
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
    void onlyThePrefixIsUsed() {
        long[] buffer = {5, 1, 3, 999, 999};
        LatencyStats s = LatencyStats.of(buffer, 3);
        assertThat(s.count()).isEqualTo(3);
        assertThat(s.maxNanos()).isEqualTo(5);
        assertThat(s.p50Nanos()).isEqualTo(3);
    }

    @Test
    void emptyAndInvalidInput() {
        assertThat(LatencyStats.of(new long[0])).isEqualTo(LatencyStats.EMPTY);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 100.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.of(new long[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreMonotoneAndObservedValues() {
        Random rnd = new Random(42);
        long[] samples = new long[10_007];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (long) (Math.exp(rnd.nextGaussian()) * 1_000_000); // log-normal, like latencies
        }
        LatencyStats s = LatencyStats.of(samples);
        assertThat(s.minNanos()).isLessThanOrEqualTo(s.p50Nanos());
        assertThat(s.p50Nanos()).isLessThanOrEqualTo(s.p90Nanos());
        assertThat(s.p90Nanos()).isLessThanOrEqualTo(s.p95Nanos());
        assertThat(s.p95Nanos()).isLessThanOrEqualTo(s.p99Nanos());
        assertThat(s.p99Nanos()).isLessThanOrEqualTo(s.p999Nanos());
        assertThat(s.p999Nanos()).isLessThanOrEqualTo(s.maxNanos());
        assertThat(samples).contains(s.p50Nanos(), s.p90Nanos(), s.p95Nanos(), s.p99Nanos(), s.p999Nanos());
        // at least p% of the samples are ≤ the p-th percentile, and fewer than p% are strictly below it
        long atOrBelow = LongStream.of(samples).filter(v -> v <= s.p95Nanos()).count();
        long below = LongStream.of(samples).filter(v -> v < s.p95Nanos()).count();
        assertThat(atOrBelow).isGreaterThanOrEqualTo((long) Math.ceil(0.95 * samples.length));
        assertThat(below).isLessThan((long) Math.ceil(0.95 * samples.length));
    }

    @Test
    void millisecondsAreRoundedToMicroseconds() {
        assertThat(LatencyStats.toMillis(1_234_567)).isEqualTo(1.235);
        assertThat(LatencyStats.toMillis(999)).isEqualTo(0.001);
    }
}
