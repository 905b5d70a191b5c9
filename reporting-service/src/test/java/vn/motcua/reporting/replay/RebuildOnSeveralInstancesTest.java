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
        try (OtherInstance ignored = OtherInstance.startingARebuild(id, generation)) {
            rebuilds.failInterrupted(null); // this instance starts (again)
            assertThat(state(id)).as("a rebuild another instance runs").isEqualTo("RUNNING");
            assertThat(generationExists(generation)).as("its partial generation").isTrue();
            given().auth().oauth2(ADMIN).when().post("/api/v1/read-models/rebuild")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("runningRebuildId", equalTo(id.toString()));
        } // the other instance dies: kill -9 closes its connections

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
        // that instance dies and nothing restarts: the next request for a rebuild must still be served
        OtherInstance.startingARebuild(orphan, generation).close();

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
     * Another instance that started a rebuild: it holds the runner lock and has written the RUNNING row and a new
     * generation, on a database session of its own. Closing it is that instance dying: the database ends the
     * session (releasing its locks) a moment later, which {@link #close} waits for.
     */
    private record OtherInstance(Connection session, int pid) implements AutoCloseable {

        static OtherInstance startingARebuild(UUID id, int generation) throws SQLException {
            Connection session = ownSession();
            try (PreparedStatement lock = session.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, Rebuilds.RUNNER_LOCK);
                lock.execute();
            }
            try (PreparedStatement insert = session.prepareStatement("""
                    insert into read_model_rebuild (rebuild_id, generation, state, requested_by)
                    values (?, ?, 'RUNNING', 'another instance')""")) {
                insert.setObject(1, id);
                insert.setInt(2, generation);
                insert.executeUpdate();
            }
            try (PreparedStatement create = session.prepareStatement(
                    "select public.create_read_model_generation(?)")) {
                create.setInt(1, generation);
                create.execute();
            }
            try (PreparedStatement pid = session.prepareStatement("select pg_backend_pid()");
                    var row = pid.executeQuery()) {
                row.next();
                return new OtherInstance(session, row.getInt(1));
            }
        }

        @Override
        public void close() throws SQLException {
            session.close();
            await().atMost(PATIENCE).until(() -> {
                try (Connection check = ownSession(); PreparedStatement alive = check.prepareStatement(
                        "select count(*) = 1 from pg_stat_activity where pid = ?")) {
                    alive.setInt(1, pid);
                    return !firstBoolean(alive);
                }
            });
        }
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
