package vn.motcua.reporting.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.ingest.ReadModelEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.events.IncomingEvent;
import vn.motcua.reporting.ingest.ReadModelGenerations;

/** The first pass's ledger: first copies only, across batches, forgetting what a savepoint rolled back. */
@QuarkusTest
class BulkLedgerTest {

    private static final int GENERATION = 900;

    @Inject
    DataSource dataSource;

    @Inject
    ReadModelGenerations generations;

    private static IncomingEvent event(String id) {
        return new IncomingEvent(id, "dossier-received", null);
    }

    private static List<String> ids(List<IncomingEvent> events) {
        return events.stream().map(IncomingEvent::id).toList();
    }

    @Test
    void recordsEachIdOnceAndForgetsWhatWasRolledBack() throws Exception {
        String schema = ReadModelGenerations.schema(GENERATION);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            generations.drop(connection, GENERATION);
            generations.create(connection, GENERATION);
            generations.setEventKey(connection, GENERATION, false);
            BulkLedger ledger = new BulkLedger();

            assertThat(ids(ledger.recordFirstDeliveries(connection, schema,
                    List.of(event("a"), event("b\tt\\x\ny"), event("a"))))).containsExactly("a", "b\tt\\x\ny");
            assertThat(ids(ledger.recordFirstDeliveries(connection, schema, List.of(event("b\tt\\x\ny"), event("c")))))
                    .containsExactly("c");
            Savepoint savepoint = connection.setSavepoint();
            assertThat(ids(ledger.recordFirstDeliveries(connection, schema, List.of(event("d"))))).containsExactly("d");
            connection.rollback(savepoint);
            ledger.rolledBack();
            assertThat(ids(ledger.recordFirstDeliveries(connection, schema, List.of(event("d"), event("c")))))
                    .containsExactly("d");

            generations.setEventKey(connection, GENERATION, true); // fails on any id copied twice
            connection.commit();
            assertThat(rows(dataSource, "select event_id, topic from " + schema + ".processed_event order by event_id"))
                    .containsExactly(Map.of("event_id", "a", "topic", "dossier-received"),
                            Map.of("event_id", "b\tt\\x\ny", "topic", "dossier-received"),
                            Map.of("event_id", "c", "topic", "dossier-received"),
                            Map.of("event_id", "d", "topic", "dossier-received"));
            generations.drop(connection, GENERATION);
            connection.commit();
        }
    }
}
