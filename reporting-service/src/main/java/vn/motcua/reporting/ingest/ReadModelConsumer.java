package vn.motcua.reporting.ingest;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;

/**
 * The live consumers of the three topics. Each poll's records are projected in one transaction together
 * with their event ids (one commit per batch keeps up with bursts), into the generation the views serve, under
 * the shared switch lock, so a rebuild's switch waits for it. A record that breaks the contract, or a rule of
 * the read model on its own, goes to {@code <topic>.dlq} with the reason in its headers and changes nothing;
 * the others of its batch are applied. Any other failure (the database is down) fails the channel without
 * committing its offsets, so nothing is lost.
 */
@ApplicationScoped
public class ReadModelConsumer {

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
    public void dossierReceived(ConsumerRecords<String, String> records) throws SQLException {
        project(records);
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    public void dossierResolved(ConsumerRecords<String, String> records) throws SQLException {
        project(records);
    }

    @Incoming(Topics.SURVEY_RESPONSE_SUBMITTED)
    @Blocking(ordered = true)
    public void surveyResponseSubmitted(ConsumerRecords<String, String> records) throws SQLException {
        project(records);
    }

    private void project(ConsumerRecords<String, String> records) throws SQLException {
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
}
