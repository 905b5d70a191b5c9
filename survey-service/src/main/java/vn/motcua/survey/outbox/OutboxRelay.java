package vn.motcua.survey.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventAttributes;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode: {@code ce_*} headers, JSON value) with an idempotent
 * {@code acks=all} producer, then marks the rows sent. A pass locks a batch with {@code for update skip locked}
 * (several instances share the work), sends the rows in order, each acknowledged before the next, and stops at
 * the first failure: that row and the later ones go again in the next pass. Delivery is at least once with a
 * stable {@code ce_id}, which consumers use to drop duplicates.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String SOURCE = "/motcua/survey-service";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;

    public OutboxRelay(AgroalDataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "motcua.outbox.batch-size", defaultValue = "200") int batchSize) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "survey-service-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000L),
                new StringSerializer(), new StringSerializer());
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
                            producer.send(record).get(SEND_TIMEOUT.toMillis() + 2000, TimeUnit.MILLISECONDS);
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

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
