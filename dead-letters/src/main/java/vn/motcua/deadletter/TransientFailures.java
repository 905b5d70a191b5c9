package vn.motcua.deadletter;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import vn.motcua.problem.DatabaseFailures;

/**
 * Repeats work for as long as it fails for a reason that goes away by itself ({@link DatabaseFailures#isTransient}:
 * the database down, restarting or out of connections, a lost race), with pauses doubling from half a second up to
 * {@code motcua.consumer.longest-pause-ms} (default 30 s), on the calling thread. A consumer calls it with the record
 * unacknowledged, so its offset is not committed meanwhile and the records after it wait: order and nothing lost.
 * The connector keeps polling (with the partitions paused) while the thread waits, so the consumer stays in its
 * group however long it takes.
 */
@ApplicationScoped
public class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);

    private final Guard guard;

    public TransientFailures(ConsumerRetryConfig config) {
        long longestPauseMillis = config.longestPauseMs();
        guard = Guard.create()
                .withRetry()
                    .maxRetries(-1)
                    .maxDuration(0, ChronoUnit.MILLIS) // no limit: a database outage is waited out, however long
                    .delay(500, ChronoUnit.MILLIS)
                    .jitter(100, ChronoUnit.MILLIS)
                    .whenException(DatabaseFailures::isTransient)
                    .beforeRetry(failure -> LOG.warnf("the database is unavailable (%s); trying again",
                            Texts.firstLine(failure.getMessage(), 300)))
                    .withExponentialBackoff().factor(2).maxDelay(longestPauseMillis, ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /** The result of {@code work} once it has run without a transient failure; any other failure is thrown. */
    public <T> T untilDone(Callable<T> work, Class<T> type) throws Exception {
        return guard.call(work, type);
    }
}
