package vn.motcua.reporting.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.ingest.ReadModelEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

/**
 * Rebuilds with several reporting-service instances on one database: another instance's rebuild stands for itself
 * here as a connection of its own (the database ends its session, and so releases its runner lock, when that
 * instance dies), holding the runner lock beside its RUNNING row and its partial generation.
 */
@QuarkusTest
class RebuildOnSeveralInstancesTest {

    private static final String ADMIN = TestTokens.forRole("admin");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    Rebuilds rebuilds;

    @Test
    void aRebuildRunningOnAnotherInstanceSurvivesThisOneRestartingAndFailsOnceThatInstanceDies() throws Exception {
        int generation = activeGeneration() + 1;
        UUID id = UUID.randomUUID();
        int otherPid;
        try (Connection otherInstance = ownSession()) {
            otherPid = startRebuildAs(otherInstance, id, generation);

            rebuilds.failInterrupted(null); // this instance starts (again)
            assertThat(state(id)).as("a rebuild another instance runs").isEqualTo("RUNNING");
            assertThat(generationExists(generation)).as("its partial generation").isTrue();
            given().auth().oauth2(ADMIN).when().post("/api/v1/read-models/rebuild")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("runningRebuildId", equalTo(id.toString()));
        } // the other instance dies: kill -9 closes its connections
        awaitSessionEnded(otherPid);

        rebuilds.failInterrupted(null);
        assertThat(state(id)).as("a rebuild whose instance died").isEqualTo("FAILED");
        assertThat(rows(dataSource, "select error from read_model_rebuild where rebuild_id = ?", id).get(0)
                .get("error").toString()).contains("interrupted");
        assertThat(generationExists(generation)).as("its partial generation is dropped").isFalse();
    }

    @Test
    void aRebuildLeftRunningByADeadInstanceDoesNotBlockTheNextOne() throws Exception {
        int generation = activeGeneration() + 1;
        UUID orphan = UUID.randomUUID();
        int otherPid;
        try (Connection otherInstance = ownSession()) {
            otherPid = startRebuildAs(otherInstance, orphan, generation);
        } // that instance dies and nothing restarts: the next request for a rebuild must still be served
        awaitSessionEnded(otherPid);

        String status = given().auth().oauth2(ADMIN).when().post("/api/v1/read-models/rebuild")
                .then().statusCode(202).body("state", equalTo("RUNNING")).body("generation", equalTo(generation))
                .extract().header("Location");
        assertThat(state(orphan)).isEqualTo("FAILED");
        await().atMost(PATIENCE).until(() -> "SWITCHED".equals(
                given().auth().oauth2(ADMIN).when().get(status).then().statusCode(200).extract().path("state")));
        assertThat(activeGeneration()).isEqualTo(generation);
        // and the runner lock is free again once the rebuild ended
        try (Connection next = ownSession(); PreparedStatement lock = next.prepareStatement(
                "select pg_try_advisory_lock(?)")) {
            lock.setLong(1, Rebuilds.RUNNER_LOCK);
            assertThat(firstBoolean(lock)).isTrue();
        }
    }

    /**
     * What the instance starting a rebuild writes and holds: the runner lock, the RUNNING row, a new generation.
     * Returns the process id of its database session.
     */
    private static int startRebuildAs(Connection instance, UUID id, int generation) throws SQLException {
        try (PreparedStatement lock = instance.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, Rebuilds.RUNNER_LOCK);
            lock.execute();
        }
        try (PreparedStatement insert = instance.prepareStatement("""
                insert into read_model_rebuild (rebuild_id, generation, state, requested_by)
                values (?, ?, 'RUNNING', 'another instance')""")) {
            insert.setObject(1, id);
            insert.setInt(2, generation);
            insert.executeUpdate();
        }
        try (PreparedStatement create = instance.prepareStatement("select public.create_read_model_generation(?)")) {
            create.setInt(1, generation);
            create.execute();
        }
        try (PreparedStatement pid = instance.prepareStatement("select pg_backend_pid()");
                var row = pid.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The database ends a closed connection's session (and releases its locks) a moment after the close. */
    private void awaitSessionEnded(int pid) {
        await().atMost(PATIENCE).until(() -> rows(dataSource, "select 1 from pg_stat_activity where pid = ?", pid)
                .isEmpty());
    }

    /** A connection outside the pool, so that closing it ends its database session as a dying instance's does. */
    private static Connection ownSession() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static boolean firstBoolean(PreparedStatement query) throws SQLException {
        try (var row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private String state(UUID id) {
        List<Map<String, Object>> row = rows(dataSource, "select state from read_model_rebuild where rebuild_id = ?",
                id);
        return row.isEmpty() ? null : (String) row.get(0).get("state");
    }

    private boolean generationExists(int generation) {
        return !rows(dataSource, "select 1 from information_schema.schemata where schema_name = ?",
                "read_model_" + generation).isEmpty();
    }

    private int activeGeneration() {
        return (Integer) rows(dataSource, "select generation from public.read_model_generation").get(0)
                .get("generation");
    }
}
