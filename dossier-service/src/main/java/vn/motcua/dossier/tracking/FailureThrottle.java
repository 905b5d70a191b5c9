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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed public lookups per receipt code and per client address in fixed windows, in PostgreSQL
 * ({@code tracking_failure}) so that all instances of the service share the counts. Each statement runs on its
 * own in autocommit: a failure is counted even though the request then answers 404.
 *
 * <p>The check and the count are separate statements, so a burst of parallel guesses can overshoot a limit by
 * the number of requests in flight; the next window still starts blocked for those codes and clients.
 */
@ApplicationScoped
public class FailureThrottle {

    /** What the failures are counted against. */
    public enum Scope {
        CODE, CLIENT
    }

    private static final String COUNT = """
            insert into tracking_failure as t (scope, subject, window_start, failures)
            values (?, ?, now(), 1)
            on conflict (scope, subject) do update set
                window_start = case when t.window_start <= now() - ?::interval then now() else t.window_start end,
                failures = case when t.window_start <= now() - ?::interval then 1 else t.failures + 1 end
            """;

    /** Seconds left in the window of each scope that reached its limit. */
    private static final String BLOCKED = """
            select ceil(extract(epoch from (window_start + ?::interval - now())))::bigint
            from tracking_failure
            where window_start > now() - ?::interval
              and ((scope = 'CODE' and subject = ? and failures >= ?)
                or (scope = 'CLIENT' and subject = ? and failures >= ?))
            """;

    private final AgroalDataSource dataSource;
    private final int perCode;
    private final int perClient;
    private final String window;

    public FailureThrottle(AgroalDataSource dataSource,
            @ConfigProperty(name = "motcua.tracking.failures-per-code") int perCode,
            @ConfigProperty(name = "motcua.tracking.failures-per-client") int perClient,
            @ConfigProperty(name = "motcua.tracking.failure-window") Duration window) {
        if (perCode < 1 || perClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("motcua.tracking failure limits and window must be positive");
        }
        this.dataSource = dataSource;
        this.perCode = perCode;
        this.perClient = perClient;
        this.window = window.toMillis() + " milliseconds";
    }

    /** How long to wait when the code or the client used up its failures in the current window. */
    public Optional<Duration> blocked(String receiptCode, String client) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(BLOCKED)) {
            select.setString(1, window);
            select.setString(2, window);
            select.setString(3, receiptCode);
            select.setInt(4, perCode);
            select.setString(5, client);
            select.setInt(6, perClient);
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

    /** Counts one failed lookup against the code and the client. */
    public void failed(String receiptCode, String client) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(COUNT)) {
            connection.setAutoCommit(true);
            add(upsert, Scope.CODE, receiptCode);
            add(upsert, Scope.CLIENT, client);
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count a tracking failure: " + e.getMessage(), e);
        }
    }

    private void add(PreparedStatement upsert, Scope scope, String subject) throws SQLException {
        upsert.setString(1, scope.name());
        upsert.setString(2, subject);
        upsert.setString(3, window);
        upsert.setString(4, window);
        upsert.addBatch();
    }

    /** Forgets windows that ended; harmless when several instances run it at once. */
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
