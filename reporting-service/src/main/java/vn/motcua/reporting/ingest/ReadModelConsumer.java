package vn.motcua.reporting.ingest;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.events.Topics;

/**
 * The live consumers of the three topics. Each record is projected in one transaction together with its
 * event id, into the generation the views serve (under the shared switch lock, so a rebuild's switch waits for it). A
 * record that breaks the contract throws {@link vn.motcua.events.InvalidEventException}: nothing is written
 * and the connector sends it to {@code <topic>.dlq} with the reason in its headers, then carries on.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private final EventReader reader;
    private final ReadModelWriter writer;
    private final ReadModelGenerations generations;
    private final DataSource dataSource;

    public ReadModelConsumer(EventReader reader, ReadModelWriter writer, ReadModelGenerations generations,
            DataSource dataSource) {
        this.reader = reader;
        this.writer = writer;
        this.generations = generations;
        this.dataSource = dataSource;
    }

    @Incoming(Topics.DOSSIER_RECEIVED)
    @Blocking(ordered = true)
    @Transactional
    public void dossierReceived(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    @Transactional
    public void dossierResolved(ConsumerRecord<String, String> record) {
        project(record);
    }

    @Incoming(Topics.SURVEY_RESPONSE_SUBMITTED)
    @Blocking(ordered = true)
    @Transactional
    public void surveyResponseSubmitted(ConsumerRecord<String, String> record) {
        project(record);
    }

    private void project(ConsumerRecord<String, String> record) {
        IncomingEvent event = reader.read(record);
        // the connection joins the JTA transaction: the id, the projection and the generation lock commit together
        try (Connection connection = dataSource.getConnection()) {
            writer.apply(connection, generations.lockActiveForWriting(connection), List.of(event));
        } catch (SQLException e) {
            throw new IllegalStateException("could not project event " + event.id() + " of " + event.topic(), e);
        }
    }
}
