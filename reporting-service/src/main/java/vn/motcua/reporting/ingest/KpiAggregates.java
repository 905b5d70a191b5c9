package vn.motcua.reporting.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The KPI aggregates of a generation (migration V6: slices, facts per day and month, the working-day histogram),
 * whose contributions are defined once, in the database functions {@code apply_kpi_dossiers} and
 * {@code apply_kpi_responses}. A live batch retracts the contributions of the dossiers it is about to change, changes
 * them, and adds their contributions again, with those of the new responses; a replay builds them whole at once.
 *
 * <p>Concurrency: the three consumers may change the same dossier at once (its two events, a response naming it),
 * so a batch first takes a transaction lock per dossier, in one order; each later statement then sees the others'
 * committed changes, and a dossier's retraction always matches the contribution that was added.
 */
@ApplicationScoped
public class KpiAggregates {

    /** The first key of the per-dossier advisory locks, apart from every other lock of the service. */
    private static final int DOSSIER_LOCKS = 0x4b50_4931;

    /** Locks {@code dossiers} until the transaction ends, in the order of their keys (no deadlock between batches). */
    void lock(Connection connection, Collection<UUID> dossiers) throws SQLException {
        if (dossiers.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select count(pg_advisory_xact_lock(?, k))
                from (select distinct hashtext(cast(id as text)) as k from unnest(?::uuid[]) id order by k) keys""")) {
            statement.setInt(1, DOSSIER_LOCKS);
            statement.setArray(2, connection.createArrayOf("uuid", dossiers.toArray()));
            statement.execute();
        }
    }

    /** Takes the current contributions of {@code dossiers} (and of their responses) out of the aggregates. */
    void retract(Connection connection, int generation, Collection<UUID> dossiers) throws SQLException {
        if (dossiers.isEmpty()) {
            return;
        }
        apply(connection, generation, dossiers, null, -1);
    }

    /** Adds the current contributions of {@code dossiers} and their responses, and of the {@code responses}. */
    void add(Connection connection, int generation, Collection<UUID> dossiers, Collection<UUID> responses)
            throws SQLException {
        if (dossiers.isEmpty() && responses.isEmpty()) {
            return;
        }
        apply(connection, generation, dossiers, responses, 1);
    }

    /** Builds the aggregates of everything {@code generation} holds, e.g. after a replay's first pass. */
    public void build(Connection connection, int generation) throws SQLException {
        for (String sql : List.of("select apply_kpi_dossiers(?, null, 1)", "select apply_kpi_responses(?, null, null, 1)")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, generation);
                statement.execute();
            }
        }
    }

    /** Folds the delta rows of up to {@code maxKeys} keys per table; returns how many rows it folded. */
    public long compact(Connection connection, int generation, int maxKeys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select compact_kpi_aggregates(?, ?)")) {
            statement.setInt(1, generation);
            statement.setInt(2, maxKeys);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void apply(Connection connection, int generation, Collection<UUID> dossiers,
            Collection<UUID> responses, int sign) throws SQLException {
        var dossierIds = connection.createArrayOf("uuid", dossiers.toArray());
        if (!dossiers.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("select apply_kpi_dossiers(?, ?, ?)")) {
                statement.setInt(1, generation);
                statement.setArray(2, dossierIds);
                statement.setInt(3, sign);
                statement.execute();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("select apply_kpi_responses(?, ?, ?, ?)")) {
            statement.setInt(1, generation);
            statement.setArray(2, dossierIds);
            statement.setArray(3, connection.createArrayOf("uuid", responses == null ? new Object[0]
                    : responses.toArray()));
            statement.setInt(4, sign);
            statement.execute();
        }
    }
}
