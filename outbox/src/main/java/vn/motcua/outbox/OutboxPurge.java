package vn.motcua.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows sent longer ago than {@code motcua.outbox.retention}: once on the topic a row is only a copy
 * (some payloads carry capabilities such as a survey token), kept a while to look into what was published. Unsent
 * rows are never touched. Runs every {@code motcua.outbox.purge-every} on each instance; every batch deletes rows
 * it locked with {@code skip locked} in its own transaction, so instances running at once share the work instead
 * of waiting for each other, and the relay's row locks (on unsent rows) never meet it.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);
    private static final String DELETE = """
            delete from outbox_event where id in (
                select id from outbox_event
                where sent_at is not null and sent_at < now() - ?::interval
                order by id
                limit ?
                for update skip locked)""";

    private final AgroalDataSource dataSource;
    private final String retention;
    private final int batchSize;

    public OutboxPurge(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.retention = interval(config.retention());
        int batchSize = config.purgeBatchSize();
        if (batchSize < 1) {
            throw new IllegalArgumentException("motcua.outbox.purge-batch-size must be positive, not " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** The retention as a PostgreSQL interval; it must be positive, or rows would go before anyone could look. */
    static String interval(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("motcua.outbox.retention must be positive, not " + retention);
        }
        return retention.toMillis() + " milliseconds";
    }

    @Scheduled(every = "${motcua.outbox.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purge();
        if (purged > 0) {
            LOG.infof("outbox: purged %d rows sent before the retention of %s", purged, retention);
        }
    }

    /** Deletes the rows sent before the retention, batch by batch; how many it deleted. */
    public int purge() {
        int total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            connection.setAutoCommit(true);
            delete.setString(1, retention);
            delete.setInt(2, batchSize);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == batchSize);
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge sent outbox rows: " + e.getMessage(), e);
        }
    }
}
