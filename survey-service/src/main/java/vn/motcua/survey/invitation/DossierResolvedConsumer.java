package vn.motcua.survey.invitation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;

/**
 * Applies {@code dossier-resolved} to the dossier's survey. The event id commits with the change, so a redelivery
 * is skipped; a record that breaks the contract throws and is dead-lettered to {@code dossier-resolved.dlq}.
 */
@ApplicationScoped
public class DossierResolvedConsumer {

    private static final Logger LOG = Logger.getLogger(DossierResolvedConsumer.class);

    private final EventPayloads payloads;
    private final ProcessedEvents processed;
    private final Invitations invitations;

    public DossierResolvedConsumer(EventPayloads payloads, ProcessedEvents processed, Invitations invitations) {
        this.payloads = payloads;
        this.processed = processed;
        this.invitations = invitations;
    }

    @Incoming(Topics.DOSSIER_RESOLVED)
    @Blocking(ordered = true)
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        CloudEventAttributes event = payloads.attributes(record).requireType(EventTypes.DOSSIER_RESOLVED_V1);
        DossierResolvedV1 payload = payloads.dossierResolved(record.value());
        if (!processed.firstDelivery(event.id(), Topics.DOSSIER_RESOLVED)) {
            LOG.debugf("event %s already applied", event.id());
            return;
        }
        invitations.resolved(payload);
    }
}
