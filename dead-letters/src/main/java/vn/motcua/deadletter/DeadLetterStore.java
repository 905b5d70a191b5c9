package vn.motcua.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import vn.motcua.events.CloudEventHeaders;

/**
 * The service's {@code dead_letter} table (created by the service's own migration): one row per record, by topic,
 * partition and offset, with the record as it was read (key, value and headers as bytes) and the reason. Each call
 * is its own short transaction.
 */
@ApplicationScoped
public class DeadLetterStore {

    static final int MAX_REASON = 500;
    static final int MAX_ATTRIBUTE = 200;
    private static final String COLUMNS = "id, topic, kafka_partition, kafka_offset, event_id, event_type, reason, "
            + "cause, dead_lettered_at, redrive_attempts, redriven_at";

    /** A dead letter with the record it holds. */
    public record Letter(DeadLetter view, ConsumerRecord<String, String> record) {
    }

    private final DataSource dataSource;

    public DeadLetterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps {@code record}; the same record dead-lettered again is pending again, with the new reason. */
    public void add(ConsumerRecord<String, String> record, Throwable error) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into dead_letter (topic, kafka_partition, kafka_offset, record_key, record_value, record_headers,
                                         event_id, event_type, reason, cause)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (topic, kafka_partition, kafka_offset) do update set reason = excluded.reason,
                    cause = excluded.cause, dead_lettered_at = now(), redriven_at = null""")) {
            insert.setString(1, record.topic());
            insert.setInt(2, record.partition());
            insert.setLong(3, record.offset());
            insert.setBytes(4, bytes(record.key()));
            insert.setBytes(5, bytes(record.value()));
            insert.setBytes(6, Headers.encode(record.headers()));
            insert.setString(7, Texts.firstLine(Headers.text(record.headers(), CloudEventHeaders.ID), MAX_ATTRIBUTE));
            insert.setString(8, Texts.firstLine(Headers.text(record.headers(), CloudEventHeaders.TYPE), MAX_ATTRIBUTE));
            insert.setString(9, reason(error));
            insert.setString(10, explanation(error).getClass().getName());
            insert.executeUpdate();
        }
    }

    public Optional<Letter> find(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + ", record_key, record_value, record_headers from dead_letter where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                DeadLetter view = view(row);
                var record = new ConsumerRecord<>(view.topic(), view.partition(), view.offset(),
                        ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                        ConsumerRecord.NULL_SIZE, text(row.getBytes("record_key")), text(row.getBytes("record_value")),
                        Headers.decode(row.getBytes("record_headers")), Optional.empty());
                return Optional.of(new Letter(view, record));
            }
        }
    }

    /** Dead letters of {@code topic} (null: every topic), pending or re-driven, oldest first. */
    public DeadLetterPage page(String topic, boolean pending, int page, int size) throws SQLException {
        String where = " where (cast(? as text) is null or topic = ?) and (redriven_at is null) = ?";
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from dead_letter" + where)) {
                bindFilter(count, topic, pending);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<DeadLetter> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from dead_letter" + where
                    + " order by id limit ? offset ?")) {
                bindFilter(select, topic, pending);
                select.setInt(4, size);
                select.setLong(5, (long) page * size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(view(rows));
                    }
                }
            }
            return new DeadLetterPage(page, size, total, items);
        }
    }

    /** Ids of the pending dead letters of {@code topic}, oldest first. */
    public List<Long> pending(String topic) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select id from dead_letter where topic = ? and redriven_at is null order by id")) {
            select.setString(1, topic);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** A re-drive applied it, or found it applied. */
    public void redriven(long id) throws SQLException {
        update("update dead_letter set redrive_attempts = redrive_attempts + 1, redriven_at = coalesce(redriven_at, "
                + "now()) where id = ?", id, null);
    }

    /** A re-drive failed again: it stays pending with the new reason. */
    public void failedAgain(long id, Throwable error) throws SQLException {
        update("update dead_letter set redrive_attempts = redrive_attempts + 1, reason = ?, cause = ? where id = ?",
                id, error);
    }

    /** The first line of the database's own error when there is one (not its wrappers'), else of the error. */
    static String reason(Throwable error) {
        Throwable told = explanation(error);
        String reason = Texts.firstLine(told.getMessage(), MAX_REASON);
        return reason == null || reason.isEmpty() ? told.getClass().getSimpleName() : reason;
    }

    static Throwable explanation(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return error;
    }

    private void update(String sql, long id, Throwable error) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            int next = 1;
            if (error != null) {
                update.setString(next++, reason(error));
                update.setString(next++, explanation(error).getClass().getName());
            }
            update.setLong(next, id);
            update.executeUpdate();
        }
    }

    private static void bindFilter(PreparedStatement statement, String topic, boolean pending) throws SQLException {
        statement.setString(1, topic);
        statement.setString(2, topic);
        statement.setBoolean(3, pending);
    }

    private static DeadLetter view(ResultSet row) throws SQLException {
        return new DeadLetter(row.getLong("id"), row.getString("topic"), row.getInt("kafka_partition"),
                row.getLong("kafka_offset"), row.getString("event_id"), row.getString("event_type"),
                row.getString("reason"), row.getString("cause"), row.getObject("dead_lettered_at", OffsetDateTime.class),
                row.getInt("redrive_attempts"), row.getObject("redriven_at", OffsetDateTime.class));
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
