package vn.motcua.survey.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.events.IncomingEvent;

/** The ids of events already applied; checked and recorded inside the change's transaction. */
final class ProcessedEvents {

    private ProcessedEvents() {
    }

    /**
     * Records the ids of {@code events} in one statement; those recorded for the first time, in order (the others
     * are redeliveries, also a second record of one id within {@code events}).
     */
    static List<IncomingEvent> firstDeliveries(Connection connection, List<IncomingEvent> events) throws SQLException {
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into processed_event (event_id, topic)
                select * from unnest(cast(? as text[]), cast(? as text[]))
                on conflict do nothing
                returning event_id""")) {
            statement.setArray(1, SqlArrays.text(connection, events.stream().map(IncomingEvent::id)));
            statement.setArray(2, SqlArrays.text(connection, events.stream().map(IncomingEvent::topic)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        }
        return events.stream().filter(event -> inserted.remove(event.id())).toList();
    }
}
