package vn.motcua.reporting.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.EventReader;
import vn.motcua.events.IncomingEvent;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;
import vn.motcua.reporting.ingest.KpiAggregates;
import vn.motcua.reporting.ingest.ReadModelGenerations;
import vn.motcua.reporting.ingest.ReadModelWriter;

/**
 * One rebuild: replays the three topics from their beginning into a fresh generation with the live
 * consumers' projection, in large batches, while the live consumers keep writing the active generation; then
 * switches.
 *
 * <p>Handoff: after catching up without blocking anyone, the switch transaction takes the switch lock
 * exclusively (waiting for in-flight live transactions and holding off new ones), captures the end offsets
 * then, applies the rest up to them and re-points the views. Every event a live consumer applied to the old
 * generation was published before those end offsets, so the new generation has it; every later event is
 * applied by the live consumers to the new generation, and one the replay also read is skipped there by
 * its id in the new generation's processed_event. Nothing is lost or counted twice.
 *
 * <p>Speed: the first pass, which alone writes the new generation, loads unlogged tables without secondary
 * indexes or the event-id key, checking ids in memory ({@link BulkLedger}); keys, indexes, logging and the
 * planner's statistics are restored before the catch-up; its KPI aggregates are built at its end in one pass over the
 * generation, and the catch-up keeps them like the live consumers. Each batch is written while the next is parsed.
 */
@ApplicationScoped
public class Replay {

    private static final Logger LOG = Logger.getLogger(Replay.class);
    private static final List<String> TOPICS =
            List.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED, Topics.SURVEY_RESPONSE_SUBMITTED);
    /** Events per statement and transaction: large enough to amortise round trips and commits. */
    private static final int BATCH = 20_000;
    /** Catch-up rounds without the switch lock before taking it; each shrinks what remains. */
    private static final int UNLOCKED_CATCH_UP_ROUNDS = 5;
    private static final long SMALL_LAG = 2_000;

    private final DataSource dataSource;
    private final ReadModelGenerations generations;
    private final EventReader reader;
    private final ReadModelWriter writer;
    private final KpiAggregates aggregates;
    private final String bootstrapServers;

    public Replay(DataSource dataSource, ReadModelGenerations generations, ObjectMapper json, ReadModelWriter writer,
            KpiAggregates aggregates, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.reader = new EventReader(json);
        this.writer = writer;
        this.aggregates = aggregates;
        this.bootstrapServers = bootstrapServers;
    }

    void run(UUID rebuildId, int generation) {
        LOG.infof("read-model rebuild %s: replaying the topics into generation %d", rebuildId, generation);
        try (Connection connection = dataSource.getConnection(); KafkaConsumer<String, String> consumer = consumer();
                Progress progress = new Progress(rebuildId, generation)) {
            connection.setAutoCommit(false);
            generations.drop(connection, generation); // left by an earlier failed attempt
            generations.create(connection, generation);
            List<String> indexes = generations.dropSecondaryIndexes(connection, generation);
            generations.setLogged(connection, generation, false);
            generations.setEventKey(connection, generation, false);
            connection.commit();

            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            progress.replay(consumer, consumer.endOffsets(partitions), connection, true, new BulkLedger());
            aggregates.build(connection, generation);
            connection.commit();
            generations.setEventKey(connection, generation, true);
            generations.setLogged(connection, generation, true);
            generations.createIndexes(connection, generation, indexes);
            markReplayed(connection, rebuildId);
            for (int round = 0; round < UNLOCKED_CATCH_UP_ROUNDS && lag(consumer, partitions) > SMALL_LAG; round++) {
                progress.replay(consumer, consumer.endOffsets(partitions), connection, true,
                        ReadModelWriter.PROCESSED_EVENT_TABLE);
            }

            int retired = generations.lockActiveForSwitch(connection);
            progress.replay(consumer, consumer.endOffsets(partitions), connection, false,
                    ReadModelWriter.PROCESSED_EVENT_TABLE);
            generations.activate(connection, generation);
            progress.record(connection, "SWITCHED");
            connection.commit();
            connection.setAutoCommit(true);
            generations.drop(connection, retired);
            LOG.infof("read-model rebuild %s: generation %d serves after %d events (%d applied, %d invalid); "
                    + "seconds spent fetching %.1f, reading %.1f, writing %.1f", rebuildId, generation, progress.read.get(),
                    progress.applied.get(), progress.invalid.get(), progress.fetchNanos / 1e9, progress.readNanos / 1e9,
                    progress.writeNanos.get() / 1e9);
        } catch (Exception e) {
            LOG.errorf(e, "read-model rebuild %s of generation %d failed", rebuildId, generation);
            fail(rebuildId, generation, e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false); // no group: partitions are assigned, not subscribed
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-read-model-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(30));
        for (String topic : TOPICS) {
            for (PartitionInfo partition : existing.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        return partitions;
    }

    private static long lag(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
            lag += end.getValue() - consumer.position(end.getKey());
        }
        return lag;
    }

    private void markReplayed(Connection connection, UUID rebuildId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update read_model_rebuild set replayed_at = clock_timestamp() where rebuild_id = ?")) {
            statement.setObject(1, rebuildId);
            statement.executeUpdate();
        }
        connection.commit();
    }

    private void fail(UUID rebuildId, int generation, Exception cause) {
        try (Connection connection = dataSource.getConnection()) {
            generations.drop(connection, generation);
            try (PreparedStatement statement = connection.prepareStatement("""
                    update read_model_rebuild set state = 'FAILED', finished_at = clock_timestamp(), error = ?
                    where rebuild_id = ?""")) {
                String message = String.valueOf(cause.getMessage());
                statement.setString(1, message.substring(0, Math.min(message.length(), 2000)));
                statement.setObject(2, rebuildId);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.errorf(e, "could not record the failure of read-model rebuild %s", rebuildId);
        }
    }

    /**
     * The counts of one rebuild, written to its row with each batch. Batches are written on a thread of their
     * own while the next one is read and parsed, one in flight at a time.
     */
    private final class Progress implements AutoCloseable {
        private final UUID rebuildId;
        private final int generation;
        private final ExecutorService writing = Executors.newSingleThreadExecutor(
                task -> new Thread(task, "read-model-rebuild-writer"));
        private Future<?> inFlight;
        private List<IncomingEvent> batch = new ArrayList<>(BATCH);
        private final AtomicLong read = new AtomicLong();
        private final AtomicLong applied = new AtomicLong();
        private final AtomicLong invalid = new AtomicLong();
        private final AtomicLong writeNanos = new AtomicLong();
        private long fetchNanos;
        private long readNanos;

        Progress(UUID rebuildId, int generation) {
            this.rebuildId = rebuildId;
            this.generation = generation;
        }

        /**
         * Reads until every partition's position reaches {@code endOffsets}, applying batches on
         * {@code connection}, each committed when {@code commitEachBatch} (else the caller commits). Returns
         * once every batch is written.
         */
        void replay(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> endOffsets,
                Connection connection, boolean commitEachBatch, ReadModelWriter.Ledger ledger)
                throws SQLException, InterruptedException {
            while (!reached(consumer, endOffsets)) {
                long fetchStart = System.nanoTime();
                var records = consumer.poll(Duration.ofMillis(200));
                long readStart = System.nanoTime();
                fetchNanos += readStart - fetchStart;
                for (ConsumerRecord<String, String> record : records) {
                    read.incrementAndGet();
                    try {
                        batch.add(reader.read(record));
                    } catch (InvalidEventException e) {
                        invalid.incrementAndGet(); // the live consumers dead-lettered it; it changes no figure
                    }
                    if (batch.size() >= BATCH) {
                        readNanos += System.nanoTime() - readStart;
                        flush(connection, commitEachBatch, ledger);
                        readStart = System.nanoTime();
                    }
                }
                readNanos += System.nanoTime() - readStart;
            }
            flush(connection, commitEachBatch, ledger);
            awaitWritten();
        }

        private void flush(Connection connection, boolean commit, ReadModelWriter.Ledger ledger)
                throws SQLException, InterruptedException {
            if (batch.isEmpty()) {
                return;
            }
            List<IncomingEvent> events = batch;
            batch = new ArrayList<>(BATCH);
            awaitWritten();
            inFlight = writing.submit(() -> {
                long writeStart = System.nanoTime();
                applied.addAndGet(writer.apply(connection, generation, events, ledger,
                        (event, error) -> invalid.incrementAndGet()));
                record(connection, "RUNNING");
                if (commit) {
                    connection.commit();
                }
                writeNanos.addAndGet(System.nanoTime() - writeStart);
                return null;
            });
        }

        private void awaitWritten() throws SQLException, InterruptedException {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException("writing a replayed batch failed", e.getCause());
            } finally {
                inFlight = null;
            }
        }

        @Override
        public void close() {
            writing.shutdownNow();
        }

        void record(Connection connection, String state) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("""
                    update read_model_rebuild set events_read = ?, events_applied = ?, events_invalid = ?, state = ?,
                        finished_at = case when ? = 'RUNNING' then null else clock_timestamp() end
                    where rebuild_id = ?""")) {
                statement.setLong(1, read.get());
                statement.setLong(2, applied.get());
                statement.setLong(3, invalid.get());
                statement.setString(4, state);
                statement.setString(5, state);
                statement.setObject(6, rebuildId);
                statement.executeUpdate();
            }
        }

        private boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> endOffsets) {
            for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
                if (consumer.position(end.getKey()) < end.getValue()) {
                    return false;
                }
            }
            return true;
        }
    }
}
