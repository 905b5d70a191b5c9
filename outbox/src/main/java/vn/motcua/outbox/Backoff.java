package vn.motcua.outbox;

import java.time.Duration;

/** How long the relay pauses after consecutive failed passes: doubling from half a second, up to a maximum. */
final class Backoff {

    private static final long BASE_MILLIS = 250;

    private Backoff() {
    }

    /** The pause after the {@code consecutiveFailures}-th failure in a row (1 or more), at most {@code max}. */
    static Duration pause(int consecutiveFailures, Duration max) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("no failure, no pause: " + consecutiveFailures);
        }
        // the shift is capped so that it cannot overflow however long the broker stays away
        return Duration.ofMillis(Math.min(max.toMillis(), BASE_MILLIS << Math.min(consecutiveFailures, 10)));
    }
}
