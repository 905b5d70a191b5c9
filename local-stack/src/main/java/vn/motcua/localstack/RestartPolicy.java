package vn.motcua.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a crashed service is started again: after a backoff that doubles with each recent restart (so a service
 * that crashes at once does not spin), and not at all once it has been restarted {@code maxRestarts} times within
 * {@code window} (then something is wrong that a restart does not fix, and the operator must look at its log).
 */
record RestartPolicy(int maxRestarts, Duration window, Duration firstBackoff, Duration maxBackoff) {

    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    RestartPolicy {
        if (maxRestarts < 0 || window.isNegative() || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("invalid restart policy");
        }
    }

    /**
     * The wait before the next restart of a service that died at {@code now}, given when it was restarted before;
     * empty when it has used up its restarts within the window.
     */
    Optional<Duration> delayBeforeRestart(List<Instant> earlierRestarts, Instant now) {
        Instant windowStart = now.minus(window);
        long recent = earlierRestarts.stream().filter(restart -> restart.isAfter(windowStart)).count();
        if (recent >= maxRestarts) {
            return Optional.empty();
        }
        Duration delay = firstBackoff;
        for (long i = 0; i < recent && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
    }
}
