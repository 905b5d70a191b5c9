package vn.motcua.reporting.replay;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import vn.motcua.events.IncomingEvent;
import vn.motcua.reporting.ingest.ReadModelWriter;

/**
 * The ledger of a rebuild's first pass, while it alone writes the new generation and that generation's
 * processed_event has no primary key yet: ids are checked in memory (about 100 bytes each) and copied in with
 * COPY, several times cheaper than inserting through the key. The key is restored before anyone else writes. The KPI
 * aggregates are built once the pass is over, from the whole generation, not batch by batch.
 */
final class BulkLedger implements ReadModelWriter.Ledger {

    private final Set<String> recorded = new HashSet<>();
    private List<String> lastRecorded = List.of();

    @Override
    public List<IncomingEvent> recordFirstDeliveries(Connection connection, String schema, List<IncomingEvent> events)
            throws SQLException {
        List<IncomingEvent> fresh = new ArrayList<>(events.size());
        List<String> ids = new ArrayList<>(events.size());
        StringBuilder rows = new StringBuilder(events.size() * 64);
        for (IncomingEvent event : events) {
            if (recorded.add(event.id())) {
                fresh.add(event);
                ids.add(event.id());
                rows.append(copyText(event.id())).append('\t').append(copyText(event.topic())).append('\n');
            }
        }
        lastRecorded = ids;
        if (!fresh.isEmpty()) {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy " + schema + ".processed_event (event_id, topic) from stdin", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("could not copy event ids", e);
            }
        }
        return fresh;
    }

    @Override
    public boolean keepsAggregates() {
        return false;
    }

    @Override
    public void rolledBack() {
        lastRecorded.forEach(recorded::remove);
        lastRecorded = List.of();
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
    static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
