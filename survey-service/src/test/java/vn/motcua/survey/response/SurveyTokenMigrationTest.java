package vn.motcua.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.ServiceDatabase;

/** V7 replaces the readable survey tokens of a database in use by their hashes, so their surveys are still found. */
class SurveyTokenMigrationTest {

    @Test
    void existingTokensAreHashedInPlaceAndTheReadableColumnGoes() throws SQLException {
        String scratch = "survey_v7_" + UUID.randomUUID().toString().replace("-", "");
        ServiceDatabase db = TestInfrastructure.postgres().provision(scratch, PostgresServer.randomPassword());
        try {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target("5").load().migrate();
            UUID withToken = UUID.randomUUID();
            UUID resolvedFirst = UUID.randomUUID();
            String token = "q3Zt0bX8c1mN4pR7sV2wY5aD9fH6jK0L";
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                insert(connection, withToken, token);
                insert(connection, resolvedFirst, null);
            }

            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();

            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(tokenHash(connection, withToken)).isEqualTo(Survey.hashOf(token));
                assertThat(tokenHash(connection, resolvedFirst)).isNull();
                try (ResultSet columns = connection.getMetaData().getColumns(null, "public", "survey", "token")) {
                    assertThat(columns.next()).as("no readable token column").isFalse();
                }
            }
        } finally {
            TestInfrastructure.postgres().drop(scratch);
        }
    }

    private static void insert(Connection connection, UUID dossierId, String token) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into survey (dossier_id, token, unit_code, unit_name, procedure_code, procedure_name, channel)
                values (?, ?, '000.00.61.H26', 'UBND xã Gia Lâm', '1.001193', 'Đăng ký khai sinh', 'ONLINE')""")) {
            insert.setObject(1, dossierId);
            insert.setString(2, token);
            insert.executeUpdate();
        }
    }

    private static String tokenHash(Connection connection, UUID dossierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select token_hash from survey where dossier_id = ?")) {
            select.setObject(1, dossierId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
