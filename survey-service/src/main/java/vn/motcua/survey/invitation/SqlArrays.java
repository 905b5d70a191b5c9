package vn.motcua.survey.invitation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * SQL text arrays, one element per event of a poll: the consumer's statements take a column each and
 * {@code unnest} them, so a poll of hundreds of events costs one statement per kind of change, not one per event.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static Array text(Connection connection, Stream<?> values) throws SQLException {
        return connection.createArrayOf("text", values.map(value -> value == null ? null : value.toString())
                .toArray(String[]::new));
    }
}
