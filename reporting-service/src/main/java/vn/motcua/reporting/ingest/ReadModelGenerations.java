package vn.motcua.reporting.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generations of the read model (schemas {@code read_model_<n>}) and which one the {@code public.kpi_*}
 * views serve. The DDL itself lives in the database functions of migration V2, in one place.
 */
@ApplicationScoped
public class ReadModelGenerations {

    private static final List<String> TABLES =
            List.of("dossier", "survey_response", "survey_group_score", "unit", "processed_event",
                    "kpi_dossier_slice", "kpi_dossier_fact", "kpi_dossier_days_taken", "kpi_survey_slice",
                    "kpi_survey_fact", "kpi_survey_group_fact");

    /** The schema holding generation {@code generation}'s tables. */
    public static String schema(int generation) {
        return "read_model_" + generation;
    }

    /**
     * Key of the transaction-level advisory lock that orders live writes and a switch: heavyweight locks queue
     * fairly, so a waiting switch is not starved by a stream of short consumer transactions.
     */
    private static final long SWITCH_LOCK = 0x5245_504f_5254L;

    /**
     * The active generation, with the switch lock held shared until the caller's transaction ends: live
     * consumers write into it, and a switch waits for them (and they for it).
     */
    public int lockActiveForWriting(Connection connection) throws SQLException {
        lock(connection, "select pg_advisory_xact_lock_shared(?)");
        return active(connection);
    }

    /** The active generation, with every live write held off until the caller's transaction ends. */
    public int lockActiveForSwitch(Connection connection) throws SQLException {
        lock(connection, "select pg_advisory_xact_lock(?)");
        return active(connection);
    }

    /** The generation the views serve; read in a statement of its own, so after any lock it waited for. */
    public int active(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select generation from public.read_model_generation"); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("public.read_model_generation is empty: migration V2 did not run");
            }
            return rows.getInt(1);
        }
    }

    /** Creates the empty tables of {@code generation}. */
    public void create(Connection connection, int generation) throws SQLException {
        call(connection, "select public.create_read_model_generation(?)", generation);
    }

    /** Points the views at {@code generation}, in the caller's transaction. */
    public void activate(Connection connection, int generation) throws SQLException {
        call(connection, "select public.activate_read_model_generation(?)", generation);
    }

    /**
     * Drops the secondary indexes of {@code generation}'s tables (a bulk load is faster without them) and
     * returns their definitions, for {@link #createIndexes} once loaded.
     */
    public List<String> dropSecondaryIndexes(Connection connection, int generation) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select quote_ident(n.nspname) || '.' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
                from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and not i.indisprimary and not i.indisunique""")) {
            statement.setString(1, schema(generation));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        try (var statement = connection.createStatement()) {
            for (String index : indexes.keySet()) {
                statement.execute("drop index " + index);
            }
        }
        return List.copyOf(indexes.values());
    }

    /** Creates the indexes {@link #dropSecondaryIndexes} returned, then gathers the planner's statistics. */
    public void createIndexes(Connection connection, int generation, List<String> definitions) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
            for (String table : TABLES) {
                statement.execute("analyze " + schema(generation) + "." + table);
            }
        }
    }

    /**
     * Switches {@code generation}'s tables between unlogged (no write-ahead log: a bulk load writes half as much,
     * and a crash during a rebuild fails it anyway) and logged (durable again, written to the log once).
     */
    public void setLogged(Connection connection, int generation, boolean logged) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("alter table " + schema(generation) + "." + table
                        + (logged ? " set logged" : " set unlogged"));
            }
        }
    }

    /** Drops (false) or restores (true) the primary key of {@code generation}'s processed_event, around a bulk load. */
    public void setEventKey(Connection connection, int generation, boolean present) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter table " + schema(generation) + ".processed_event "
                    + (present ? "add primary key (event_id)" : "drop constraint processed_event_pkey"));
        }
    }

    public void drop(Connection connection, int generation) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema(generation) + " cascade");
        }
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, SWITCH_LOCK);
            statement.execute();
        }
    }

    private static void call(Connection connection, String sql, int generation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, generation);
            statement.execute();
        }
    }
}
