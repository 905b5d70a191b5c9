package vn.motcua.dossier.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Appends events to the outbox in the caller's transaction; {@link OutboxRelay} publishes them. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Adds an event about {@code aggregateId}; it is published only if the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(String topic, String type, UUID aggregateId, String subject, OffsetDateTime occurredAt,
            Object payload) {
        OutboxEvent event = prepare(topic, type, aggregateId, subject, occurredAt, payload);
        event.persist();
        return event;
    }

    /**
     * An event ready to insert, its payload serialised: for a writer that inserts it itself in one statement with
     * the state change (see {@code IntakeWriter}).
     */
    public OutboxEvent prepare(String topic, String type, UUID aggregateId, String subject, OffsetDateTime occurredAt,
            Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.aggregateId = aggregateId;
        event.topic = topic;
        event.type = type;
        event.subject = subject;
        event.occurredAt = occurredAt;
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the payload of " + type, e);
        }
        return event;
    }
}
