package vn.motcua.survey.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventAttributes;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode: {@code ce_*} headers, JSON value) through
 * {@link OutboxPublisher} (an idempotent {@code acks=all} producer), then marks the rows sent. A pass locks a batch
 * with {@code for update skip locked} (several instances share the work), sends the rows in order, each acknowledged before the next, and stops at
 * the first failure: that row and the later ones go again in the next pass. Delivery is at least once with a
 * stable {@code ce_id}, which consumers use to drop duplicates.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String SOURCE = "/motcua/survey-service";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxPublisher publisher;
    private final int batchSize;

    public OutboxRelay(AgroalDataSource dataSource, OutboxPublisher publisher,
            @ConfigProperty(name = "motcua.outbox.batch-size", defaultValue = "200") int batchSize) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "survey-outbox-relay", every = "${motcua.outbox.relay-every:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            while (publishBatch() >= batchSize) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: publishing failed, next try in the next pass: %s", e);
        }
    }

    /** Publishes and marks one batch; returns how many rows were published. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(this::publishLockedBatch);
    }

    private int publishLockedBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> sent = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, event_id, record_key, topic, type, subject, occurred_at, payload
                    from outbox_event where sent_at is null order by id limit ? for update skip locked""")) {
                select.setInt(1, batchSize);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        var headers = new CloudEventAttributes(row.getObject(2, UUID.class).toString(), SOURCE,
                                row.getString(5), row.getObject(7, OffsetDateTime.class), row.getString(6)).headers();
                        ProducerRecord<String, String> record = new ProducerRecord<>(row.getString(4),
                                row.getString(3), row.getString(8));
                        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
                        try {
                            publisher.publish(record);
                        } catch (Exception e) {
                            if (e instanceof InterruptedException) {
                                Thread.currentThread().interrupt();
                            }
                            LOG.warnf("outbox relay: event %s not published: %s", row.getObject(2), e);
                            break;
                        }
                        sent.add(row.getLong(1));
                    }
                }
            }
            if (!sent.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update outbox_event set sent_at = now() where id = any (?)")) {
                    update.setArray(1, connection.createArrayOf("bigint", sent.toArray()));
                    update.executeUpdate();
                }
            }
            return sent.size();
        }
    }
}
