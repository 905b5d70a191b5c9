package vn.motcua.reporting.replay;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.reporting.ingest.ReadModelGenerations;

/** Starts rebuilds (one at a time, enforced by the database) and reports their state from read_model_rebuild. */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ReadModelGenerations generations;
    private final Replay replay;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public Rebuilds(DataSource dataSource, ReadModelGenerations generations, Replay replay) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.replay = replay;
    }

    /** A rebuild RUNNING when the service stopped will never finish: fail it and drop its partial generation. */
    void failInterrupted(@Observes StartupEvent started) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Integer> interrupted = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    update read_model_rebuild set state = 'FAILED', finished_at = now(),
                        error = 'interrupted: the service stopped during the rebuild'
                    where state = 'RUNNING' returning generation""");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    interrupted.add(rows.getInt(1));
                }
            }
            for (int generation : interrupted) {
                if (generation != generations.active(connection)) {
                    generations.drop(connection, generation);
                }
                LOG.warnf("read-model rebuild of generation %d was interrupted by a restart", generation);
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Records a new rebuild of the next generation and starts it in the background.
     *
     * @throws ProblemException 409 while another rebuild runs
     */
    public RebuildStatus start(String requestedBy) {
        UUID id = UUID.randomUUID();
        int generation;
        try (Connection connection = dataSource.getConnection()) {
            generation = generations.active(connection) + 1;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into read_model_rebuild (rebuild_id, generation, state, requested_by)
                    values (?, ?, 'RUNNING', ?)""")) {
                insert.setObject(1, id);
                insert.setInt(2, generation);
                insert.setString(3, requestedBy);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                UUID running = running().orElse(null);
                throw new ProblemException(ProblemType.CONFLICT, "A rebuild of the read models is already running; "
                        + "wait for it to switch or fail.").with("runningRebuildId", running);
            }
            throw new IllegalStateException("could not record the rebuild", e);
        }
        worker.submit(() -> replay.run(id, generation));
        return find(id).orElseThrow();
    }

    public Optional<RebuildStatus> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select rebuild_id, state, generation, started_at, replayed_at, finished_at, events_read,
                            events_applied, events_invalid, error, now() as now
                        from read_model_rebuild where rebuild_id = ?""")) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(status(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read rebuild " + id, e);
        }
    }

    private Optional<UUID> running() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select rebuild_id from read_model_rebuild where state = 'RUNNING'");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the running rebuild", e);
        }
    }

    private static RebuildStatus status(ResultSet row) throws SQLException {
        OffsetDateTime started = row.getObject("started_at", OffsetDateTime.class);
        OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
        long read = row.getLong("events_read");
        Duration elapsed = Duration.between(started, finished != null ? finished : row.getObject("now", OffsetDateTime.class));
        BigDecimal perSecond = elapsed.isZero() || elapsed.isNegative() ? null
                : BigDecimal.valueOf(read * 1_000_000L).divide(BigDecimal.valueOf(elapsed.toNanos() / 1000), 1,
                        RoundingMode.HALF_UP);
        return new RebuildStatus(row.getObject("rebuild_id", UUID.class), RebuildState.valueOf(row.getString("state")),
                row.getInt("generation"), started, row.getObject("replayed_at", OffsetDateTime.class), finished, read,
                row.getLong("events_applied"), row.getLong("events_invalid"), perSecond, row.getString("error"));
    }
}
