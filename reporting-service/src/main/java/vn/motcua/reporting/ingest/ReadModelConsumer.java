package vn.motcua.reporting.ingest;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;

/**
 * The live consumers of the three topics. Each poll's records are projected in one transaction together
 * with their event ids (one commit per batch keeps up with bursts), into the generation the views serve, under
 * the shared switch lock, so a rebuild's switch waits for it. A record that breaks the contract, or a rule of
 * the read model on its own, goes to {@code <topic>.dlq} with the reason in its headers and changes nothing;
 * the others of its batch are applied. When the database is down or restarting, the batch is retried with
 * growing pauses (up to 30 s) until it is applied: nothing is lost and nothing good is dead-lettered.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final EventReader reader;
    private final ReadModelWriter writer;
    private final ReadModelGenerations generations;
    private final DeadLetters deadLetters;
    private final DataSource dataSource;

    public ReadModelConsumer(EventReader reader, ReadModelWriter writer, ReadModelGenerations generations,
            DeadLetters deadLetters, DataSource dataSource) {
        this.reader = reader;
        this.writer = writer;
        this.generations = generations;
        this.deadLetters = deadLetters;
        this.dataSource = dataSource;
    }

    @Incoming(Topics.DOSSIER_RECEIVED)
    @Blocking(ordered = true)
    public void dossierReceived(ConsumerRecords<String, String> records) {
        project(records);
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    public void dossierResolved(ConsumerRecords<String, String> records) {
        project(records);
    }

    @Incoming(Topics.SURVEY_RESPONSE_SUBMITTED)
    @Blocking(ordered = true)
    public void surveyResponseSubmitted(ConsumerRecords<String, String> records) {
        project(records);
    }

    private void project(ConsumerRecords<String, String> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        Map<IncomingEvent, ConsumerRecord<String, String>> sources = new IdentityHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = reader.read(record);
                events.add(event);
                sources.put(event, record);
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        // a database that is down or restarting is waited for: the batch is retried, never dead-lettered
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                applyInOneTransaction(events, sources);
                return;
            } catch (SQLException e) {
                LOG.errorf("could not project %d events of %s (%s); retrying in %s", events.size(),
                        records.partitions(), e.getMessage(), pause);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void applyInOneTransaction(List<IncomingEvent> events,
            Map<IncomingEvent, ConsumerRecord<String, String>> sources) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                writer.apply(connection, generations.lockActiveForWriting(connection), events,
                        (event, error) -> deadLetters.send(sources.get(event), error));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
