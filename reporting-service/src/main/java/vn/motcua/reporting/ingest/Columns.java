package vn.motcua.reporting.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of one multi-row statement, column by column, bound as one {@code text[]} parameter per column:
 * {@code insert ... select ... from unnest(?::text[], ...)} writes thousands of rows in one round trip,
 * with as many parameters as columns. SQL casts each column back to its type.
 */
final class Columns<R> {

    private final Collection<R> rows;
    private final List<String[]> columns = new ArrayList<>();

    Columns(Collection<R> rows) {
        this.rows = rows;
    }

    /** Adds a column whose value per row is {@code value} (null allowed). */
    void add(Function<? super R, String> value) {
        String[] column = new String[rows.size()];
        int i = 0;
        for (R row : rows) {
            column[i++] = value.apply(row);
        }
        columns.add(column);
    }

    /** {@code ?::text[], ?::text[], ...} for {@code count} columns. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?::text[]"));
    }

    /** An optional event value as text, null when the event did not carry it. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Unit codes as one text ({@code string_to_array(c, ',')} in SQL); codes never hold a comma. */
    static String codes(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < columns.size(); i++) {
                statement.setArray(i + 1, connection.createArrayOf("text", columns.get(i)));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql)) {
            statement.execute();
        }
    }
}
