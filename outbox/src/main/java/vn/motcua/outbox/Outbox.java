package vn.motcua.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Appends events to the service's {@code outbox_event} table in the caller's transaction; {@link OutboxRelay}
 * publishes them.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public Outbox(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Adds an event about {@code aggregateId}; it is published only if the caller's transaction commits (the
     * connection is the one enlisted in that transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(String topic, String type, UUID aggregateId, String subject, OffsetDateTime occurredAt,
            Object payload) {
        OutboxEvent event = prepare(topic, type, aggregateId, subject, occurredAt, payload);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(OutboxEvent.INSERT)) {
            event.bind(insert);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add " + type + " to the outbox: " + e.getMessage(), e);
        }
        return event;
    }

    /**
     * An event ready to insert, its payload serialised: for a writer that inserts it itself, e.g. in one statement
     * with the state change.
     */
    public OutboxEvent prepare(String topic, String type, UUID aggregateId, String subject, OffsetDateTime occurredAt,
            Object payload) {
        try {
            return new OutboxEvent(UUID.randomUUID(), aggregateId, topic, type, subject, occurredAt,
                    json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the payload of " + type, e);
        }
    }
}
