package vn.motcua.reporting.ingest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Folds the delta rows the consumers append to the KPI aggregates ({@link KpiAggregates}), so a figure reads about
 * one row per slice and day whatever the traffic. One instance at a time compacts (a transaction lock); each
 * transaction folds a bounded number of keys, so it never holds much for long.
 */
@ApplicationScoped
public class AggregateCompaction {

    private static final Logger LOG = Logger.getLogger(AggregateCompaction.class);
    private static final long COMPACTION_LOCK = 0x4b50_4943_4f4dL;
    private static final int KEYS_PER_TRANSACTION = 5_000;
    private static final int MAX_TRANSACTIONS_PER_RUN = 20;

    private final DataSource dataSource;
    private final ReadModelGenerations generations;
    private final KpiAggregates aggregates;

    public AggregateCompaction(DataSource dataSource, ReadModelGenerations generations, KpiAggregates aggregates) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.aggregates = aggregates;
    }

    @Scheduled(every = "${motcua.reporting.compaction-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compactSoon() {
        try {
            compact();
        } catch (SQLException e) {
            LOG.warnf("KPI aggregates not compacted this time (%s); the next run tries again", e.getMessage());
        }
    }

    /** Compacts the active generation until nothing is left to fold (or the run's bound); returns rows folded. */
    public long compact() throws SQLException {
        long folded = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < MAX_TRANSACTIONS_PER_RUN; i++) {
                int generation = generations.lockActiveForWriting(connection);
                if (!tryLock(connection)) {
                    connection.rollback();
                    return folded;
                }
                long rows = aggregates.compact(connection, generation, KEYS_PER_TRANSACTION);
                connection.commit();
                folded += rows;
                if (rows == 0) {
                    break;
                }
            }
        }
        return folded;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, COMPACTION_LOCK);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }
}
