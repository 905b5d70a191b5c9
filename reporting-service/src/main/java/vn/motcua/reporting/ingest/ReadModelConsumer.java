package vn.motcua.reporting.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.deadletter.DeadLetters;
import vn.motcua.deadletter.RecordConsumer;
import vn.motcua.deadletter.RecordHandler;
import vn.motcua.events.EventReader;
import vn.motcua.events.IncomingEvent;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;

/**
 * The live consumers of the three topics. Each poll's records are projected in one transaction together
 * with their event ids (one commit per batch keeps up with bursts), into the generation the views serve, under
 * the shared switch lock, so a rebuild's switch waits for it. A record that breaks the contract ({@link EventReader}:
 * the replay reads the topics the same way, so both accept the same events), or a rule of
 * the read model on its own, is dead-lettered ({@link DeadLetters}) and changes nothing; the others of its batch
 * are applied. When the database is down or restarting, the batch is retried with growing pauses until it is
 * applied, uncommitted meanwhile ({@link RecordConsumer}): nothing is lost and nothing good is dead-lettered.
 * An admin's re-drive of a dead letter applies it through {@link #apply}, as a batch of one.
 */
@ApplicationScoped
public class ReadModelConsumer implements RecordHandler {

    private final EventReader reader;
    private final ReadModelWriter writer;
    private final ReadModelGenerations generations;
    private final DeadLetters deadLetters;
    private final RecordConsumer consumer;
    private final DataSource dataSource;

    public ReadModelConsumer(ObjectMapper json, ReadModelWriter writer, ReadModelGenerations generations,
            DeadLetters deadLetters, RecordConsumer consumer, DataSource dataSource) {
        this.reader = new EventReader(json);
        this.writer = writer;
        this.generations = generations;
        this.deadLetters = deadLetters;
        this.consumer = consumer;
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

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED, Topics.SURVEY_RESPONSE_SUBMITTED);
    }

    /** A re-drive: the record alone; one that breaks a rule of the read model throws, changing nothing. */
    @Override
    public boolean apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = reader.read(record);
        try {
            return applyInOneTransaction(List.of(event), (rejected, error) -> {
                throw new InvalidEventException("the read model refuses it: " + error.getMessage());
            }) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void project(ConsumerRecords<String, String> records) {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        Map<IncomingEvent, ConsumerRecord<String, String>> sources = new IdentityHashMap<>();
        List<ConsumerRecord<String, String>> valid = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                IncomingEvent event = reader.read(record);
                events.add(event);
                sources.put(event, record);
                valid.add(record);
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        consumer.consumeAll(valid, () -> {
            applyInOneTransaction(events, (event, error) -> deadLetters.send(sources.get(event), error));
            return null;
        });
    }

    private int applyInOneTransaction(List<IncomingEvent> events, BiConsumer<IncomingEvent, SQLException> rejected)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int applied = writer.apply(connection, generations.lockActiveForWriting(connection), events, rejected);
                connection.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
