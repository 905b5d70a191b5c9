package vn.motcua.survey.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.outbox.OutboxEvent;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.ServiceDatabase;

/** V5 brings the outbox of a database already in use to the shared relay's layout without losing a row. */
class OutboxMigrationTest {

    @Test
    void rowsWrittenBeforeV5KeepTheirKeyEventIdAndStateAndTheSharedWriterAppendsAfterThem() throws SQLException {
        String scratch = "survey_v5_" + UUID.randomUUID().toString().replace("-", "");
        ServiceDatabase db = TestInfrastructure.postgres().provision(scratch, PostgresServer.randomPassword());
        try {
            migrateV4RowsToV5(db);
        } finally {
            TestInfrastructure.postgres().drop(scratch);
        }
    }

    private static void migrateV4RowsToV5(ServiceDatabase db) throws SQLException {
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target("4").load().migrate();
        UUID sentKey = UUID.randomUUID();
        UUID unsentKey = UUID.randomUUID();
        UUID sentEvent = UUID.randomUUID();
        UUID unsentEvent = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            insertV4Row(connection, sentEvent, sentKey, true);
            insertV4Row(connection, unsentEvent, unsentKey, false);
        }

        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();

        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            assertThat(rows(connection)).containsExactly(
                    sentEvent + " " + sentKey + " sent attempts=0",
                    unsentEvent + " " + unsentKey + " unsent attempts=0");
            OutboxEvent next = new OutboxEvent(UUID.randomUUID(), unsentKey, "survey-response-submitted",
                    "vn.motcua.survey.response-submitted.v1", null, OffsetDateTime.now(), "{}");
            try (PreparedStatement insert = connection.prepareStatement(OutboxEvent.INSERT)) {
                next.bind(insert);
                insert.executeUpdate();
            }
            assertThat(rows(connection)).hasSize(3)
                    .endsWith(next.eventId() + " " + unsentKey + " unsent attempts=0");
        }
    }

    private static void insertV4Row(Connection connection, UUID eventId, UUID key, boolean sent) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (event_id, record_key, topic, type, subject, occurred_at, payload, sent_at)
                values (?, ?, 'survey-response-submitted', 'vn.motcua.survey.response-submitted.v1', ?, now(), '{}',
                        case when ? then now() end)""")) {
            insert.setObject(1, eventId);
            insert.setString(2, key.toString());
            insert.setString(3, key.toString());
            insert.setBoolean(4, sent);
            insert.executeUpdate();
        }
    }

    /** Each row as "event id, key, sent or unsent, attempts", in the order the relay takes them. */
    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select event_id, aggregate_id, sent_at is not null, attempts from outbox_event order by id");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(row.getObject(1, UUID.class) + " " + row.getObject(2, UUID.class) + " "
                        + (row.getBoolean(3) ? "sent" : "unsent") + " attempts=" + row.getInt(4));
            }
        }
        return rows;
    }
}
