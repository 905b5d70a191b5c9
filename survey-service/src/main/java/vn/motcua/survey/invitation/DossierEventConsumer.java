package vn.motcua.survey.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.deadletter.RecordConsumer;
import vn.motcua.deadletter.RecordHandler;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.InvalidEventException;
import vn.motcua.events.Topics;

/**
 * Applies {@code dossier-received} and {@code dossier-resolved} to the dossier's survey, live and when an admin
 * re-drives a dead letter. The event id commits with the change, so a redelivery is skipped. A database that is
 * away is waited for (the record stays uncommitted, the partition waits); a record that breaks the contract is
 * dead-lettered ({@link RecordConsumer}) and the consumer goes on.
 */
@ApplicationScoped
public class DossierEventConsumer implements RecordHandler {

    private final EventPayloads payloads;
    private final ProcessedEvents processed;
    private final Invitations invitations;
    private final RecordConsumer consumer;

    public DossierEventConsumer(EventPayloads payloads, ProcessedEvents processed, Invitations invitations,
            RecordConsumer consumer) {
        this.payloads = payloads;
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
        CloudEventAttributes attributes = payloads.attributes(record);
        Runnable change = switch (record.topic()) {
            case Topics.DOSSIER_RECEIVED -> {
                attributes.requireType(EventTypes.DOSSIER_RECEIVED_V1);
                DossierReceivedV1 payload = payloads.dossierReceived(record.value());
                yield () -> invitations.received(payload);
            }
            case Topics.DOSSIER_RESOLVED -> {
                attributes.requireType(EventTypes.DOSSIER_RESOLVED_V1);
                DossierResolvedV1 payload = payloads.dossierResolved(record.value());
                yield () -> invitations.resolved(payload);
            }
            default -> throw new InvalidEventException("topic " + record.topic() + " is not read by surveys");
        };
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstDelivery(attributes.id(), record.topic())) {
                return false;
            }
            change.run();
            return true;
        });
    }
}
