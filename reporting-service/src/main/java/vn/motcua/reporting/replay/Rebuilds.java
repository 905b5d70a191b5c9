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

/**
 * Starts rebuilds (one at a time, enforced by the database) and reports their state from read_model_rebuild.
 *
 * <p>Several instances: the instance running a rebuild holds the session-level advisory lock {@link #RUNNER_LOCK}
 * on a connection of its own from the start until the rebuild ends. PostgreSQL releases it when that instance dies
 * (its connections close), so a RUNNING rebuild whose lock is free was interrupted and is failed (its partial
 * generation dropped) by the next instance that starts or is asked for a rebuild, while one whose lock is held runs
 * on another instance and is left alone.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** Key of the advisory lock held by the instance running a rebuild ("REBUILD"). */
    static final long RUNNER_LOCK = 0x52_4542_5549_4c44L;

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

    /** A rebuild RUNNING when its instance stopped will never finish: fail it, unless another instance runs it. */
    void failInterrupted(@Observes StartupEvent started) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!lockRunner(connection)) {
                return; // a rebuild runs on another instance
            }
            try {
                failRunning(connection);
            } finally {
                unlockRunner(connection);
            }
        }
    }

    /** Fails the RUNNING rebuilds, which only the holder of the runner lock may do: none of them can be running. */
    private void failRunning(Connection connection) throws SQLException {
        List<Integer> interrupted = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                update read_model_rebuild set state = 'FAILED', finished_at = now(),
                    error = 'interrupted: the instance running it stopped during the rebuild'
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
            LOG.warnf("read-model rebuild of generation %d was interrupted: its instance stopped", generation);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Records a new rebuild of the next generation and starts it in the background, holding the runner lock until
     * it ends.
     *
     * @throws ProblemException 409 while another rebuild runs, on this instance or another
     */
    public RebuildStatus start(String requestedBy) {
        UUID id = UUID.randomUUID();
        int generation;
        Connection runner = null;
        try {
            runner = dataSource.getConnection();
            if (!lockRunner(runner)) {
                throw alreadyRunning();
            }
            failRunning(runner);
            generation = generations.active(runner) + 1;
            try (PreparedStatement insert = runner.prepareStatement("""
                    insert into read_model_rebuild (rebuild_id, generation, state, requested_by)
                    values (?, ?, 'RUNNING', ?)""")) {
                insert.setObject(1, id);
                insert.setInt(2, generation);
                insert.setString(3, requestedBy);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            release(runner);
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw alreadyRunning();
            }
            throw new IllegalStateException("could not record the rebuild", e);
        } catch (RuntimeException e) {
            release(runner);
            throw e;
        }
        Connection held = runner;
        worker.submit(() -> {
            try {
                replay.run(id, generation);
            } finally {
                release(held);
            }
        });
        return find(id).orElseThrow();
    }

    private ProblemException alreadyRunning() {
        UUID running = running().orElse(null);
        return new ProblemException(ProblemType.CONFLICT, "A rebuild of the read models is already running; "
                + "wait for it to switch or fail.").with("runningRebuildId", running);
    }

    private static boolean lockRunner(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RUNNER_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static void unlockRunner(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, RUNNER_LOCK);
            unlock.execute();
        }
    }

    /** Gives the runner lock back and the connection to the pool (a broken connection lost the lock already). */
    private static void release(Connection runner) {
        if (runner == null) {
            return;
        }
        try (runner) {
            unlockRunner(runner);
        } catch (SQLException e) {
            LOG.warnf("could not release the rebuild runner lock: %s", e.getMessage());
        }
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
