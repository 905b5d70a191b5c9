package vn.motcua.dossier.tracking;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed public lookups per client, over all receipt codes and per receipt code, in fixed windows, in
 * PostgreSQL ({@code tracking_failure}) so that all instances of the service share the counts. Only the client
 * that failed is ever throttled: counting per code alone would let anyone lock a citizen out of tracking by
 * guessing wrong on the citizen's (guessable) receipt code. Each statement runs on its own in autocommit: a
 * failure is counted even though the request then answers 404.
 *
 * <p>The check and the count are separate statements, so a burst of parallel guesses can overshoot a limit by
 * the number of requests in flight; the next window still starts blocked for that client.
 */
@ApplicationScoped
public class FailureThrottle {

    /** The receipt code of a client's row that counts its failures over all codes. */
    static final String ALL_CODES = "";

    private static final String COUNT = """
            insert into tracking_failure as t (client, receipt_code, window_start, failures)
            values (?, ?, now(), 1)
            on conflict (client, receipt_code) do update set
                window_start = case when t.window_start <= now() - ?::interval then now() else t.window_start end,
                failures = case when t.window_start <= now() - ?::interval then 1 else t.failures + 1 end
            """;

    /** Seconds left in the window of each of the client's counts that reached its limit. */
    private static final String BLOCKED = """
            select ceil(extract(epoch from (window_start + ?::interval - now())))::bigint
            from tracking_failure
            where client = ? and window_start > now() - ?::interval
              and ((receipt_code = ? and failures >= ?) or (receipt_code = ? and failures >= ?))
            """;

    private final AgroalDataSource dataSource;
    private final int perCodeAndClient;
    private final int perClient;
    private final String window;

    public FailureThrottle(AgroalDataSource dataSource, TrackingConfig config) {
        int perCodeAndClient = config.failuresPerCodeAndClient();
        int perClient = config.failuresPerClient();
        Duration window = config.failureWindow();
        if (perCodeAndClient < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("motcua.tracking failure limits and window must be positive");
        }
        this.dataSource = dataSource;
        this.perCodeAndClient = perCodeAndClient;
        this.perClient = perClient;
        this.window = window.toMillis() + " milliseconds";
    }

    /**
     * How long the client must wait when, in the current window, it used up its failures over all codes or on
     * this code.
     */
    public Optional<Duration> blocked(String receiptCode, String client) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(BLOCKED)) {
            select.setString(1, window);
            select.setString(2, client);
            select.setString(3, window);
            select.setString(4, ALL_CODES);
            select.setInt(5, perClient);
            select.setString(6, receiptCode);
            select.setInt(7, perCodeAndClient);
            long seconds = 0;
            boolean blocked = false;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    blocked = true;
                    seconds = Math.max(seconds, rows.getLong(1));
                }
            }
            return blocked ? Optional.of(Duration.ofSeconds(Math.max(1, seconds))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read tracking failures: " + e.getMessage(), e);
        }
    }

    /** Counts one failed lookup against the client, over all codes and on this code. */
    public void failed(String receiptCode, String client) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(COUNT)) {
            connection.setAutoCommit(true);
            add(upsert, client, ALL_CODES);
            add(upsert, client, receiptCode);
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count a tracking failure: " + e.getMessage(), e);
        }
    }

    private void add(PreparedStatement upsert, String client, String receiptCode) throws SQLException {
        upsert.setString(1, client);
        upsert.setString(2, receiptCode);
        upsert.setString(3, window);
        upsert.setString(4, window);
        upsert.addBatch();
    }

    /**
     * Forgets windows that ended, so the table holds at most the current window's counts; harmless when several
     * instances run it at once.
     */
    @Scheduled(every = "${motcua.tracking.failure-window}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEndedWindows() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from tracking_failure where window_start <= now() - ?::interval")) {
            connection.setAutoCommit(true);
            delete.setString(1, window);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget ended tracking windows: " + e.getMessage(), e);
        }
    }
}
