package vn.motcua.survey.invitation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.deadletter.RecordConsumer;
import vn.motcua.deadletter.RecordHandler;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventReader;
import vn.motcua.events.IncomingEvent;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;

/**
 * Applies {@code dossier-received} and {@code dossier-resolved} to the dossier's survey, live and when an admin
 * re-drives a dead letter. The event id commits with the change, so a redelivery is skipped. A database that is
 * away is waited for (the record stays uncommitted, the partition waits); a record that breaks the contract
 * ({@link EventReader}) is dead-lettered ({@link RecordConsumer}) and the consumer goes on.
 */
@ApplicationScoped
public class DossierEventConsumer implements RecordHandler {

    private final EventReader reader;
    private final ProcessedEvents processed;
    private final Invitations invitations;
    private final RecordConsumer consumer;

    public DossierEventConsumer(ObjectMapper json, ProcessedEvents processed, Invitations invitations,
            RecordConsumer consumer) {
        this.reader = new EventReader(json);
        this.processed = processed;
        this.invitations = invitations;
        this.consumer = consumer;
    }

    @Incoming(Topics.DOSSIER_RECEIVED)
    @Blocking(ordered = true)
    public void dossierReceived(ConsumerRecord<String, String> record) {
        consumer.consume(record, this);
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    public void dossierResolved(ConsumerRecord<String, String> record) {
        consumer.consume(record, this);
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED);
    }

    @Override
    public boolean apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = reader.read(record);
        Runnable change;
        if (event.payload() instanceof DossierReceivedV1 received) {
            change = () -> invitations.received(received);
        } else if (event.payload() instanceof DossierResolvedV1 resolved) {
            change = () -> invitations.resolved(resolved);
        } else {
            throw new InvalidEventException("topic " + record.topic() + " is not read by surveys");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstDelivery(event.id(), record.topic())) {
                return false;
            }
            change.run();
            return true;
        });
    }
}
