package vn.motcua.survey.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
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

    /** Adds an event with Kafka key {@code key}; it is published only if the caller's transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String key, String subject, OffsetDateTime occurredAt,
            Object payload) {
        UUID eventId = UUID.randomUUID();
        String value;
        try {
            value = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the payload of " + type, e);
        }
        Panache.getEntityManager().createNativeQuery("""
                insert into outbox_event (event_id, record_key, topic, type, subject, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, eventId)
                .setParameter(2, key)
                .setParameter(3, topic)
                .setParameter(4, type)
                .setParameter(5, subject)
                .setParameter(6, occurredAt)
                .setParameter(7, value)
                .executeUpdate();
        return eventId;
    }
}
