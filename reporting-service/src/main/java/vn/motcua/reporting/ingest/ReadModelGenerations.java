package vn.motcua.reporting.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The generations of the read model (schemas {@code read_model_<n>}) and which one the {@code public.kpi_*}
 * views serve. The DDL itself lives in the database functions of migration V2, in one place.
 */
@ApplicationScoped
public class ReadModelGenerations {

    /** The schema holding generation {@code generation}'s tables. */
    public static String schema(int generation) {
        return "read_model_" + generation;
    }

    /**
     * The active generation, locked FOR SHARE until the caller's transaction ends: live consumers write
     * into it, and a switch (which needs the row FOR UPDATE) waits for them and they for it.
     */
    public int lockActiveForWriting(Connection connection) throws SQLException {
        return active(connection, "select generation from public.read_model_generation for share");
    }

    /** The active generation, locked against every live write until the caller's transaction ends. */
    public int lockActiveForSwitch(Connection connection) throws SQLException {
        return active(connection, "select generation from public.read_model_generation for update");
    }

    public int active(Connection connection) throws SQLException {
        return active(connection, "select generation from public.read_model_generation");
    }

    /** Creates the empty tables of {@code generation}. */
    public void create(Connection connection, int generation) throws SQLException {
        call(connection, "select public.create_read_model_generation(?)", generation);
    }

    /** Points the views at {@code generation}, in the caller's transaction. */
    public void activate(Connection connection, int generation) throws SQLException {
        call(connection, "select public.activate_read_model_generation(?)", generation);
    }

    public void drop(Connection connection, int generation) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema(generation) + " cascade");
        }
    }

    private static int active(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("public.read_model_generation is empty: migration V2 did not run");
            }
            return rows.getInt(1);
        }
    }

    private static void call(Connection connection, String sql, int generation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, generation);
            statement.execute();
        }
    }
}
