package vn.motcua.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.outbox.OutboxPurge;
import vn.motcua.testing.kafka.BrokerOutage;

/**
 * What the outbox of every event-producing service does with its rows, on the service's own database and broker:
 * a failed send counts in {@code attempts} and in the failed-sends metric, and sent rows are purged after the
 * retention (7 days by default), unsent rows never. A service's test extends this (annotated
 * {@code @QuarkusTest}, with the scheduled purge off) and makes the service produce one event through its API.
 */
public abstract class OutboxContractTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource db;

    @Inject
    OutboxPurge purge;

    /** Makes the service write one event to its outbox, through its API; the event's aggregate id. */
    protected abstract UUID produceEvent();

    /** The topic of the events {@link #produceEvent()} produces. */
    protected abstract String producedTopic();

    @Test
    void aFailedSendCountsAnAttemptAndTheMetricAndTheRowIsSentOnceTheBrokerIsBack() {
        // the relay tries a batch in order and stops at a send that fails at once: no older row may be waiting
        await().atMost(PATIENCE).until(() -> count("select count(*) from outbox_event where sent_at is null") == 0);
        double before = failedSends();
        UUID aggregate;
        BrokerOutage.begin();
        try {
            aggregate = produceEvent();
            await().atMost(PATIENCE).until(() -> attempts(aggregate) >= 2);
            assertThat(count("select count(*) from outbox_event where aggregate_id = ? and sent_at is null",
                    aggregate)).isEqualTo(1);
            assertThat(failedSends()).isGreaterThanOrEqualTo(before + 2);
        } finally {
            BrokerOutage.end();
        }
        await().atMost(PATIENCE).until(() -> count("select count(*) from outbox_event where aggregate_id = ? "
                + "and sent_at is not null", aggregate) == 1);
        long failedAttempts = attempts(aggregate);
        assertThat(failedAttempts).isGreaterThanOrEqualTo(2);

        // a row sent at the first try failed no attempt; the metric did not move for it
        double afterOutage = failedSends();
        UUID sentAtOnce = produceEvent();
        await().atMost(PATIENCE).until(() -> count("select count(*) from outbox_event where aggregate_id = ? "
                + "and sent_at is not null", sentAtOnce) == 1);
        assertThat(attempts(sentAtOnce)).isZero();
        assertThat(failedSends()).isEqualTo(afterOutage);
        assertThat(attempts(aggregate)).isEqualTo(failedAttempts);
    }

    @Test
    void onlyRowsSentLongerAgoThanTheRetentionArePurged() {
        String topic = "outbox-purge-test-" + UUID.randomUUID();
        // the relay must not send the unsent row meanwhile: that it is old and unsent is the point
        BrokerOutage.begin();
        try {
            UUID sentEightDaysAgo = insert(topic, "now() - interval '9 days'", "now() - interval '8 days'");
            UUID sentJustOverAWeekAgo = insert(topic, "now() - interval '8 days'", "now() - interval '7 days 1 minute'");
            UUID sentJustUnderAWeekAgo = insert(topic, "now() - interval '8 days'", "now() - interval '6 days 23 hours'");
            UUID sentToday = insert(topic, "now()", "now()");
            UUID neverSent = insert(topic, "now() - interval '30 days'", "null");

            assertThat(purge.purge()).isGreaterThanOrEqualTo(2);

            assertThat(remaining(topic)).containsExactlyInAnyOrder(sentJustUnderAWeekAgo, sentToday, neverSent);
            assertThat(remaining(topic)).doesNotContain(sentEightDaysAgo, sentJustOverAWeekAgo);
        } finally {
            BrokerOutage.end();
        }
    }

    @Test
    void severalInstancesPurgingAtOnceDeleteEachRowOnce() throws Exception {
        String topic = "outbox-purge-test-" + UUID.randomUUID();
        execute("insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, payload, "
                + "created_at, sent_at) select gen_random_uuid(), gen_random_uuid(), '" + topic + "', 'test.v1', "
                + "'purge-test', now(), '{}', now() - interval '9 days', now() - interval '8 days' "
                + "from generate_series(1, 2500)");
        ExecutorService instances = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> purges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            purges.add(purge::purge);
        }
        int deleted = 0;
        try {
            for (Future<Integer> result : instances.invokeAll(purges)) {
                deleted += result.get();
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(remaining(topic)).isEmpty();
        // other tests leave no old sent rows behind, so the three purges deleted these rows and each only once
        assertThat(deleted).isEqualTo(2500);
    }

    /** The failed sends the service's metrics report for {@link #producedTopic()}. */
    private double failedSends() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^motcua_outbox_failed_sends_total\\{[^}]*topic=\""
                + Pattern.quote(producedTopic()) + "\"[^}]*} ([0-9.eE+]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private long attempts(UUID aggregate) {
        return count("select coalesce(max(attempts), 0) from outbox_event where aggregate_id = ?", aggregate);
    }

    private UUID insert(String topic, String createdAt, String sentAt) {
        UUID aggregate = UUID.randomUUID();
        execute("insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, payload, "
                + "created_at, sent_at) values (gen_random_uuid(), '" + aggregate + "', '" + topic + "', 'test.v1', "
                + "'purge-test', now(), '{}', " + createdAt + ", " + sentAt + ")");
        return aggregate;
    }

    private List<UUID> remaining(String topic) {
        try (Connection c = db.getConnection();
                PreparedStatement select = c.prepareStatement("select aggregate_id from outbox_event where topic = ?")) {
            select.setString(1, topic);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
