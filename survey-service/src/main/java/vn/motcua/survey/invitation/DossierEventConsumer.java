package vn.motcua.survey.invitation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.deadletter.RecordConsumer;
import vn.motcua.deadletter.RecordHandler;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventReader;
import vn.motcua.events.IncomingEvent;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;
import vn.motcua.survey.unit.UnitFacts;
import vn.motcua.survey.unit.UnitHierarchy;

/**
 * Applies {@code dossier-received} and {@code dossier-resolved} to the dossier's survey, live and when an admin
 * re-drives a dead letter. Each poll's records are applied in one transaction with their event ids, one statement
 * per kind of change for the whole poll ({@link SqlArrays}: a 48,000-dossier import is caught up about as fast as
 * reporting's), and a redelivery is skipped. A database
 * that is away is waited for (the records stay uncommitted, the partition waits); a batch that fails otherwise is
 * applied record by record, so a record that breaks the contract ({@link EventReader}) is dead-lettered
 * ({@link RecordConsumer}) and the others go on.
 *
 * <p>The two topics' batches run concurrently and touch the same survey rows, so each batch takes its row locks in
 * one order: survey rows by dossier id (a dossier's own events keep their order), then unit rows by code
 * ({@link UnitFacts}); the two never wait on each other in a cycle.
 */
@ApplicationScoped
public class DossierEventConsumer implements RecordHandler {

    private final EventReader reader;
    private final Invitations invitations;
    private final UnitHierarchy units;
    private final RecordConsumer consumer;
    private final DataSource dataSource;

    public DossierEventConsumer(ObjectMapper json, Invitations invitations, UnitHierarchy units,
            RecordConsumer consumer, DataSource dataSource) {
        this.reader = new EventReader(json);
        this.invitations = invitations;
        this.units = units;
        this.consumer = consumer;
        this.dataSource = dataSource;
    }

    @Incoming(Topics.DOSSIER_RECEIVED)
    @Blocking(ordered = true)
    public void dossierReceived(ConsumerRecords<String, String> records) {
        consumeBatch(records);
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    public void dossierResolved(ConsumerRecords<String, String> records) {
        consumeBatch(records);
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED);
    }

    /** One record in its own transaction: a re-drive, or a record of a batch that failed as a whole. */
    @Override
    public boolean apply(ConsumerRecord<String, String> record) {
        return applyInOneTransaction(List.of(record)) == 1;
    }

    private void consumeBatch(ConsumerRecords<String, String> polled) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        if (!records.isEmpty()) {
            consumer.consumeBatch(records, this, () -> {
                applyInOneTransaction(records);
                return null;
            });
        }
    }

    /** The number of events applied; the others were applied before. */
    private int applyInOneTransaction(List<ConsumerRecord<String, String>> records) {
        List<IncomingEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            events.add(reader.read(record));
        }
        events.sort(Comparator.comparing(DossierEventConsumer::dossierId)); // stable: a dossier's events keep order
        return QuarkusTransaction.requiringNew().call(() -> {
            UnitFacts learnt = new UnitFacts();
            List<IncomingEvent> first;
            // the transaction's connection (JTA), shared with the entity manager that learns the units
            try (Connection connection = dataSource.getConnection()) {
                first = ProcessedEvents.firstDeliveries(connection, events);
                invitations.received(connection, payloads(first, DossierReceivedV1.class), learnt);
                invitations.resolved(connection, payloads(first, DossierResolvedV1.class), learnt);
            }
            learnt.learnInto(units);
            return first.size();
        });
    }

    private static <T> List<T> payloads(List<IncomingEvent> events, Class<T> type) {
        return events.stream().map(IncomingEvent::payload).filter(type::isInstance).map(type::cast).toList();
    }

    private static UUID dossierId(IncomingEvent event) {
        if (event.payload() instanceof DossierReceivedV1 received) {
            return received.dossierId();
        }
        if (event.payload() instanceof DossierResolvedV1 resolved) {
            return resolved.dossierId();
        }
        throw new InvalidEventException("topic " + event.topic() + " is not read by surveys");
    }
}
