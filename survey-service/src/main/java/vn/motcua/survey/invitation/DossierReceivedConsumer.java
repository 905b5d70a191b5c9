package vn.motcua.survey.invitation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;

/**
 * Applies {@code dossier-received} to the dossier's survey. The event id commits with the change, so a redelivery
 * is skipped; a record that breaks the contract throws and is dead-lettered to {@code dossier-received.dlq}.
 */
@ApplicationScoped
public class DossierReceivedConsumer {

    private static final Logger LOG = Logger.getLogger(DossierReceivedConsumer.class);

    private final EventPayloads payloads;
    private final ProcessedEvents processed;
    private final Invitations invitations;

    public DossierReceivedConsumer(EventPayloads payloads, ProcessedEvents processed, Invitations invitations) {
        this.payloads = payloads;
        this.processed = processed;
        this.invitations = invitations;
    }

    @Incoming(Topics.DOSSIER_RECEIVED)
    @Blocking(ordered = true)
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        CloudEventAttributes event = payloads.attributes(record).requireType(EventTypes.DOSSIER_RECEIVED_V1);
        DossierReceivedV1 payload = payloads.dossierReceived(record.value());
        if (!processed.firstDelivery(event.id(), Topics.DOSSIER_RECEIVED)) {
            LOG.debugf("event %s already applied", event.id());
            return;
        }
        invitations.received(payload);
    }
}
