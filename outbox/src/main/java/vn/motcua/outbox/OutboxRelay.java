package vn.motcua.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventAttributes;

/**
 * Publishes the service's outbox to Kafka as CloudEvents (binary mode: {@code ce_*} headers with
 * {@code ce_source} = {@code motcua.outbox.source}, JSON value, key = the aggregate id), then marks the rows sent.
 *
 * <p>Each pass takes a batch in one transaction with {@code for update skip locked}, so several instances share
 * the work without publishing a row twice at the same time; a row whose aggregate has an earlier unsent row is not
 * taken, so one aggregate's events leave in order even across instances. Rows are marked only after the broker
 * acknowledged them; a failure leaves them (and the later rows of the same aggregate) for the next pass, which
 * backs off while the broker stays unreachable. Delivery is at least once: a crash after publishing and before
 * marking republishes with the same {@code ce_id}, which consumers use to detect the duplicate.
 *
 * <p>{@code attempts} counts the failed sends of a row (a row sent at the first try keeps 0); each failure also
 * counts in the metric {@code motcua_outbox_failed_sends_total} by topic, and a row's first and every tenth failure
 * is logged with its event id and type, never its payload.
 *
 * <p>The table it works on is the service's own {@code outbox_event}, created by the service's migrations with at
 * least: {@code id} (ascending identity), {@code event_id} uuid, {@code aggregate_id} uuid, {@code topic},
 * {@code type}, {@code subject}, {@code occurred_at} timestamptz, {@code payload} text, {@code sent_at}
 * timestamptz (null until sent) and {@code attempts} integer.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String FAILED_SENDS = "motcua.outbox.failed.sends";

    private final AgroalDataSource dataSource;
    private final EventSender sender;
    private final MeterRegistry metrics;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration maxBackoff;
    private int consecutiveFailures;
    private long pausedUntil;

    public OutboxRelay(AgroalDataSource dataSource, EventSender sender, MeterRegistry metrics, OutboxConfig config) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.metrics = metrics;
        this.source = config.source();
        this.batchSize = config.batchSize();
        this.sendTimeout = config.sendTimeout();
        this.maxBackoff = config.maxBackoff();
    }

    /** The outcome of one pass: how many rows were published and marked, and what failed, if anything. */
    public record Pass(int published, Throwable failure) {
    }

    @Scheduled(identity = "${motcua.outbox.relay-identity}", every = "${motcua.outbox.relay-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (System.nanoTime() - pausedUntil < 0) {
            return;
        }
        try {
            Pass pass;
            do {
                pass = publishBatch();
            } while (pass.failure() == null && pass.published() > 0);
            if (pass.failure() != null) {
                backOff(pass.failure());
            } else {
                consecutiveFailures = 0;
            }
        } catch (RuntimeException e) { // the database refused the batch or the marking
            backOff(e);
        }
    }

    /** Publishes and marks one batch of unsent rows in one transaction. */
    public Pass publishBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) Math.max(30, sendTimeout.toSeconds() * 3))
                .call(this::publishLockedBatch);
    }

    private Pass publishLockedBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = lockBatch(connection);
            if (rows.isEmpty()) {
                return new Pass(0, null);
            }
            Map<Row, CompletableFuture<Void>> sending = new LinkedHashMap<>();
            Throwable failure = null;
            Set<Long> failed = new HashSet<>();
            for (Row row : rows) {
                CompletableFuture<Void> sent = sender.send(row.topic, row.aggregateId.toString(), row.headers(source),
                        row.payload);
                if (sent.isCompletedExceptionally()) { // the broker is unreachable: the rest would fail too
                    failure = cause(sent);
                    failed.add(row.id);
                    break;
                }
                sending.put(row, sent);
            }
            Set<Long> acknowledged = new HashSet<>();
            long deadline = System.nanoTime() + sendTimeout.toNanos() + Duration.ofSeconds(2).toNanos();
            for (Map.Entry<Row, CompletableFuture<Void>> entry : sending.entrySet()) {
                try {
                    entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(entry.getKey().id);
                } catch (ExecutionException | TimeoutException e) {
                    failure = failure == null ? (e instanceof ExecutionException ? e.getCause() : e) : failure;
                    failed.add(entry.getKey().id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                    break;
                }
            }
            List<Long> done = Acknowledgements.markable(rows.stream().map(Row::sent).toList(), acknowledged, failed);
            markSent(connection, done);
            countFailures(connection, failed);
            return new Pass(done.size(), failure);
        }
    }

    private List<Row> lockBatch(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select e.id, e.event_id, e.aggregate_id, e.topic, e.type, e.subject, e.occurred_at, e.payload
                from outbox_event e
                where e.sent_at is null
                  and not exists (select 1 from outbox_event p
                                  where p.aggregate_id = e.aggregate_id and p.sent_at is null and p.id < e.id)
                order by e.id
                limit ?
                for update skip locked""")) {
            select.setInt(1, batchSize);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getObject(2, UUID.class), result.getObject(3, UUID.class),
                            result.getString(4), result.getString(5), result.getString(6),
                            result.getObject(7, OffsetDateTime.class), result.getString(8)));
                }
            }
            return rows;
        }
    }

    private static void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now() where id = any (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** One more failed attempt for each of these rows, in the batch's transaction. */
    private void countFailures(Connection connection, Set<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_event set attempts = attempts + 1 where id = any (?)
                returning event_id, type, topic, attempts""")) {
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet counted = update.executeQuery()) {
                while (counted.next()) {
                    int attempts = counted.getInt(4);
                    metrics.counter(FAILED_SENDS, "topic", counted.getString(3)).increment();
                    if (attempts == 1 || attempts % 10 == 0) {
                        LOG.warnf("outbox relay: event %s (%s) to %s failed to send, %d failed attempts so far",
                                counted.getString(1), counted.getString(2), counted.getString(3), attempts);
                    }
                }
            }
        }
    }

    private void backOff(Throwable failure) {
        consecutiveFailures++;
        long pause = Backoff.pause(consecutiveFailures, maxBackoff).toMillis();
        pausedUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause);
        LOG.warnf("outbox relay: publishing failed (%d in a row), next try in %d ms: %s", consecutiveFailures, pause,
                failure);
    }

    private static Throwable cause(CompletableFuture<?> failed) {
        try {
            failed.getNow(null);
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private record Row(long id, UUID eventId, UUID aggregateId, String topic, String type, String subject,
            OffsetDateTime occurredAt, String payload) {

        Map<String, String> headers(String source) {
            return new CloudEventAttributes(eventId.toString(), source, type, occurredAt, subject).headers();
        }

        Acknowledgements.Sent sent() {
            return new Acknowledgements.Sent(id, aggregateId);
        }
    }
}
