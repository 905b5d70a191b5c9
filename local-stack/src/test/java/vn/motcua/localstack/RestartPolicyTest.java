package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");
    private final RestartPolicy policy = new RestartPolicy(3, Duration.ofMinutes(10), Duration.ofSeconds(1),
            Duration.ofSeconds(3));

    @Test
    void aFirstCrashIsRestartedAfterTheFirstBackoff() {
        assertThat(policy.delayBeforeRestart(List.of(), NOW)).contains(Duration.ofSeconds(1));
    }

    @Test
    void theBackoffDoublesWithEachRecentRestartUpToItsMaximum() {
        assertThat(policy.delayBeforeRestart(List.of(NOW.minusSeconds(60)), NOW)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBeforeRestart(List.of(NOW.minusSeconds(60), NOW.minusSeconds(30)), NOW))
                .as("4 s capped at 3 s").contains(Duration.ofSeconds(3));
    }

    @Test
    void aServiceRestartedTooOftenWithinTheWindowIsNotRestartedAgain() {
        List<Instant> three = List.of(NOW.minusSeconds(300), NOW.minusSeconds(200), NOW.minusSeconds(100));
        assertThat(policy.delayBeforeRestart(three, NOW)).isEmpty();
    }

    @Test
    void restartsOlderThanTheWindowAreForgotten() {
        List<Instant> old = List.of(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(20)),
                NOW.minus(Duration.ofMinutes(11)));
        assertThat(policy.delayBeforeRestart(old, NOW)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayBeforeRestart(List.of(old.get(0), old.get(1), NOW.minusSeconds(5)), NOW))
                .as("only the one within the window counts").contains(Duration.ofSeconds(2));
    }

    @Test
    void aMaximumBackoffBelowTheFirstIsRefused() {
        assertThatThrownBy(() -> new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
