package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration LONG_MAX = Duration.ofMinutes(10);

    @Test
    void thePauseDoublesWithEachFailureInARow() {
        assertThat(Backoff.pause(1, LONG_MAX)).isEqualTo(Duration.ofMillis(500));
        assertThat(Backoff.pause(2, LONG_MAX)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.pause(3, LONG_MAX)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.pause(5, LONG_MAX)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void thePauseNeverExceedsTheMaximum() {
        assertThat(Backoff.pause(4, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.pause(5, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Backoff.pause(9, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aBrokerAwayForHoursNeitherOverflowsNorGrowsThePauseBeyondItsCap() {
        assertThat(Backoff.pause(10, LONG_MAX)).isEqualTo(Duration.ofMillis(250L << 10));
        assertThat(Backoff.pause(Integer.MAX_VALUE, LONG_MAX)).isEqualTo(Duration.ofMillis(250L << 10));
    }

    @Test
    void thereIsNoPauseBeforeAFailure() {
        assertThatThrownBy(() -> Backoff.pause(0, LONG_MAX)).isInstanceOf(IllegalArgumentException.class);
    }
}
