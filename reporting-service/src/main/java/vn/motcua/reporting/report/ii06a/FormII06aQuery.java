package vn.motcua.reporting.report.ii06a;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.motcua.reporting.kpi.KpiFilter;

/**
 * Counts form II.06a per field in one pass over the dossiers of the read model (the view of the filter's unit role)
 * that the period concerns: received before its end and not closed (resolved or withdrawn) before its start.
 */
@ApplicationScoped
public class FormII06aQuery {

    private static final String FIGURES_BY_FIELD = """
            select d.field_code, max(d.field_name) as field_name,
              count(*) filter (where d.received_at >= p.period_start and d.channel = 'ONLINE') as online,
              count(*) filter (where d.received_at >= p.period_start and d.channel in ('IN_PERSON', 'POSTAL'))
                as in_person_or_postal,
              count(*) filter (where d.received_at < p.period_start) as carried_over,
              count(*) filter (where %1$s and d.timeliness = 'EARLY') as early,
              count(*) filter (where %1$s and d.timeliness = 'ON_TIME') as on_time,
              count(*) filter (where %1$s and d.timeliness = 'LATE') as late,
              count(*) filter (where d.outcome = 'WITHDRAWN' and d.resolved_at < p.period_end) as withdrawn,
              count(*) filter (where d.resolved_at is null or d.resolved_at >= p.period_end) as in_progress,
              count(*) filter (where (d.resolved_at is null or d.resolved_at >= p.period_end)
                               and d.due_at < least(p.period_end, now())) as overdue
            from (select cast(? as timestamptz) as period_start, cast(? as timestamptz) as period_end) p
            join %3$s d
              on d.received_at < p.period_end and (d.resolved_at is null or d.resolved_at >= p.period_start)
            where %2$s
            group by d.field_code
            order by d.field_code nulls last""";

    private static final String RESOLVED_IN_PERIOD =
            "(d.outcome in ('APPROVED', 'REJECTED') and d.resolved_at < p.period_end)";
    private static final String UNIT = "d.unit_code = ?";
    private static final String UNIT_AND_SUB_UNITS = "(d.unit_code = ? or ? = any(d.unit_ancestor_codes))";

    private final DataSource dataSource;

    public FormII06aQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The form of the filter's unit (named {@code unitName}), period and sub-units. */
    public FormII06a form(KpiFilter filter, String unitName) {
        return FormII06a.of(filter.unit(), unitName, filter.includeSubUnits(), filter.unitRole(), filter.period().from(),
                filter.period().to(), byField(filter));
    }

    /** The figures of each field of the filter's unit (and sub-units) and period, by field code. */
    List<FormII06a.FieldFigures> byField(KpiFilter filter) {
        String sql = String.format(FIGURES_BY_FIELD, RESOLVED_IN_PERIOD,
                filter.includeSubUnits() ? UNIT_AND_SUB_UNITS : UNIT, filter.unitRole().dossierView());
        List<FormII06a.FieldFigures> fields = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, filter.period().start());
            statement.setObject(2, filter.period().end());
            statement.setString(3, filter.unit());
            if (filter.includeSubUnits()) {
                statement.setString(4, filter.unit());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    fields.add(new FormII06a.FieldFigures(rows.getString("field_code"), rows.getString("field_name"),
                            figures(rows)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("form II.06a query failed", e);
        }
        return fields;
    }

    private static FormII06a.Figures figures(ResultSet rows) throws SQLException {
        long online = rows.getLong("online");
        long inPersonOrPostal = rows.getLong("in_person_or_postal");
        long carriedOver = rows.getLong("carried_over");
        long early = rows.getLong("early");
        long withdrawn = rows.getLong("withdrawn");
        long onTime = rows.getLong("on_time") + withdrawn;
        long late = rows.getLong("late");
        long inProgress = rows.getLong("in_progress");
        long overdue = rows.getLong("overdue");
        return new FormII06a.Figures(
                new FormII06a.Received(online + inPersonOrPostal + carriedOver, online, inPersonOrPostal, carriedOver),
                new FormII06a.Resolved(early + onTime + late, early, onTime, late, withdrawn),
                new FormII06a.InProgress(inProgress, inProgress - overdue, overdue));
    }
}
