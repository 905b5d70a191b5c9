package vn.motcua.outbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event for the outbox, its payload already JSON: a plain value, not an entity, so each service keeps its
 * table to itself.
 *
 * @param eventId the CloudEvents id: the same on every (re)delivery, so consumers can detect duplicates
 * @param aggregateId the Kafka key, so one aggregate's events stay ordered
 */
public record OutboxEvent(UUID eventId, UUID aggregateId, String topic, String type, String subject,
        OffsetDateTime occurredAt, String payload) {

    /** Inserts one event; {@link #bind} fills its parameters. */
    public static final String INSERT = """
            insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?)""";

    /** Sets the parameters of {@link #INSERT} to this event. */
    public void bind(PreparedStatement insert) throws SQLException {
        insert.setObject(1, eventId);
        insert.setObject(2, aggregateId);
        insert.setString(3, topic);
        insert.setString(4, type);
        insert.setString(5, subject);
        insert.setObject(6, occurredAt);
        insert.setString(7, payload);
    }
}
