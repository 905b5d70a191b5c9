package vn.motcua.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The figures counted from the rows of the read model: one pass over the dossiers and one over the survey responses
 * per request, grouped by bucket and grouping key; medians and 90th percentiles with percentile_cont. Its cost grows
 * with the dossiers a period touches, so {@link KpiQuery} answers from the aggregates and asks this only about the
 * dossiers still open (pending and overdue figures of a period ending after today's midnight); the whole query stays
 * the reference the aggregates are checked against (tests, and the benchmark's baseline). Reads only the
 * {@code public.kpi_*} views; the dossiers from the view of the filter's {@link UnitRole}.
 */
@ApplicationScoped
public class RowFigures {

    private static final String BUCKETS = """
            with bucket as (
                select cast(b.ord as int) - 1 as idx, b.b_start, b.b_end
                from unnest(cast(cast(? as text[]) as timestamptz[]), cast(cast(? as text[]) as timestamptz[]))
                     with ordinality as b(b_start, b_end, ord))
            """;

    // A dossier matters to a bucket when it was received, resolved or still pending in it. The where clause repeats
    // that for the whole period, in terms the indexes on received_at and resolved_at can answer.
    private static final String DOSSIER_FIGURES = BUCKETS + """
            select b.idx, %1$s as group_key, max(%2$s) as group_label,
              count(*) filter (where d.received_at >= b.b_start) as received,
              count(*) filter (where d.received_at >= b.b_start and d.channel = 'IN_PERSON') as in_person,
              count(*) filter (where d.received_at >= b.b_start and d.channel = 'ONLINE') as online,
              count(*) filter (where d.received_at >= b.b_start and d.channel = 'POSTAL') as postal,
              count(*) filter (where d.received_at >= b.b_start and d.online_level in ('FULL', 'PARTIAL'))
                as offered_online,
              count(*) filter (where %3$s and d.timeliness = 'EARLY') as early,
              count(*) filter (where %3$s and d.timeliness = 'ON_TIME') as on_time,
              count(*) filter (where %3$s and d.timeliness = 'LATE') as late,
              count(*) filter (where %3$s and d.outcome = 'APPROVED') as approved,
              count(*) filter (where %3$s and d.outcome = 'REJECTED') as rejected,
              count(*) filter (where d.outcome = 'WITHDRAWN' and d.resolved_at < b.b_end) as withdrawn,
              count(*) filter (where d.resolved_at is null or d.resolved_at >= b.b_end) as pending,
              count(*) filter (where (d.resolved_at is null or d.resolved_at >= b.b_end)
                               and d.due_at < least(b.b_end, now())) as overdue,
              coalesce(sum(d.file_count) filter (where d.received_at >= b.b_start), 0) as files,
              count(*) filter (where d.received_at >= b.b_start and d.digitised_component_count > 0)
                as received_with_digitised,
              coalesce(sum(d.reused_component_count) filter (where d.received_at >= b.b_start), 0)
                as reused_components,
              count(*) filter (where d.received_at >= b.b_start and d.reused_component_count > 0)
                as received_with_reused,
              count(*) filter (where %3$s and d.electronic_result_issued) as electronic_results,
              count(*) filter (where %3$s and d.electronic_result_issued and d.digitised_component_count > 0)
                as digitised_with_electronic_result,
              -- Decision 766: processed = resolved or withdrawn in the bucket; more than one supplement request is late
              count(*) filter (where d.outcome in ('APPROVED', 'REJECTED', 'WITHDRAWN') and d.resolved_at < b.b_end
                               and d.timeliness in ('EARLY', 'ON_TIME')
                               and coalesce(d.supplement_request_count, 0) <= 1) as processed_on_time_766,
              count(*) filter (where d.outcome in ('APPROVED', 'REJECTED', 'WITHDRAWN') and d.resolved_at < b.b_end
                               and d.timeliness in ('EARLY', 'ON_TIME') and d.supplement_request_count > 1)
                as late_for_supplement_requests,
              avg(d.working_days_taken) filter (where %3$s) as mean_days,
              percentile_cont(0.5) within group (order by d.working_days_taken) filter (where %3$s) as median_days,
              percentile_cont(0.9) within group (order by d.working_days_taken) filter (where %3$s) as p90_days
            from bucket b
            join %5$s d
              on d.received_at < b.b_end and (d.resolved_at is null or d.resolved_at >= b.b_start)
            where d.received_at < cast(? as timestamptz)
              and (d.received_at >= cast(? as timestamptz) or d.resolved_at >= cast(? as timestamptz)
                   or d.resolved_at is null) %4$s
            group by b.idx, group_key""";

    private static final String RESOLVED_IN_BUCKET =
            "(d.outcome in ('APPROVED', 'REJECTED') and d.resolved_at < b.b_end)";

    private static final String SURVEY_FIGURES = BUCKETS + """
            select b.idx, %1$s as group_key, max(%2$s) as group_label, count(distinct r.response_id) as responses,
              coalesce(sum(s.answered), 0) as answers, coalesce(sum(s.satisfied), 0) as satisfied
            from bucket b
            join public.kpi_survey_response r on r.submitted_at >= b.b_start and r.submitted_at < b.b_end
            left join public.kpi_unit u on u.unit_code = r.unit_code
            left join public.kpi_survey_group_score s on s.response_id = r.response_id
            where true %3$s
            group by b.idx, group_key""";

    private static final String SURVEY_BY_SIPAS_GROUP = """
            select s.group_code, count(distinct r.response_id), sum(s.answered), sum(s.satisfied)
            from public.kpi_survey_response r
            join public.kpi_survey_group_score s on s.response_id = r.response_id
            left join public.kpi_unit u on u.unit_code = r.unit_code
            where r.submitted_at >= ? and r.submitted_at < ? %s
            group by s.group_code
            order by s.group_code""";

    private final DataSource dataSource;

    public RowFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Figures per bucket and per value of {@code grouping} (null or MONTH: one row per bucket). Only the
     * combinations with any dossier or response are returned; callers add the empty ones they need.
     */
    public List<KpiQuery.GroupedFigures> figures(KpiFilter filter, List<Bucket> buckets, Grouping grouping) {
        try (Connection connection = dataSource.getConnection()) {
            return figures(connection, filter, buckets, grouping, null);
        } catch (SQLException e) {
            throw new IllegalStateException("KPI query failed", e);
        }
    }

    /**
     * The figures of the dossiers not closed before {@code openSince} only (all when null), on {@code connection}
     * and in its transaction: what a bucket ending after {@code openSince} counts as pending and overdue, and no more.
     */
    List<KpiQuery.GroupedFigures> figures(Connection connection, KpiFilter filter, List<Bucket> buckets,
            Grouping grouping, OffsetDateTime openSince) throws SQLException {
        Map<List<Object>, String> labels = new LinkedHashMap<>();
        Map<List<Object>, KpiFigures.DossierCounts> dossiers = new HashMap<>();
        Map<List<Object>, KpiFigures.SurveyCounts> surveys = new HashMap<>();
        Map<List<Object>, KpiFigures.DigitisationCounts> digitisation = new HashMap<>();
        List<Object> params = new ArrayList<>();
        OffsetDateTime firstStart = buckets.get(0).start();
        params.add(buckets.get(buckets.size() - 1).end());
        params.add(firstStart);
        params.add(firstStart);
        String conditions = dossierConditions(filter, params);
        if (openSince != null) {
            conditions += " and (d.resolved_at is null or d.resolved_at >= ?)";
            params.add(openSince);
        }
        String dossierSql = String.format(DOSSIER_FIGURES, Grouping.dossierKey(grouping),
                Grouping.dossierLabel(grouping), RESOLVED_IN_BUCKET, conditions, filter.unitRole().dossierView());
        try (PreparedStatement statement = prepare(connection, dossierSql, buckets, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<Object> key = keyOf(rows);
                labels.putIfAbsent(key, rows.getString(3));
                dossiers.put(key, new KpiFigures.DossierCounts(rows.getLong("received"),
                        rows.getLong("in_person"), rows.getLong("online"), rows.getLong("postal"),
                        rows.getLong("offered_online"), rows.getLong("early"), rows.getLong("on_time"),
                        rows.getLong("late"), rows.getLong("approved"), rows.getLong("rejected"),
                        rows.getLong("withdrawn"), rows.getLong("pending"), rows.getLong("overdue"),
                        rows.getBigDecimal("mean_days"), nullableDouble(rows, "median_days"),
                        nullableDouble(rows, "p90_days"), rows.getLong("processed_on_time_766"),
                        rows.getLong("late_for_supplement_requests")));
                digitisation.put(key, new KpiFigures.DigitisationCounts(rows.getLong("files"),
                        rows.getLong("received_with_digitised"), rows.getLong("reused_components"),
                        rows.getLong("received_with_reused"), rows.getLong("electronic_results"),
                        rows.getLong("digitised_with_electronic_result")));
            }
        }
        if (openSince == null) {
            params.clear();
            String surveySql = String.format(SURVEY_FIGURES, Grouping.responseKey(grouping),
                    Grouping.responseLabel(grouping), responseConditions(filter, params));
            try (PreparedStatement statement = prepare(connection, surveySql, buckets, params);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<Object> key = keyOf(rows);
                    String label = rows.getString(3);
                    labels.merge(key, label == null ? "" : label, (old, fresh) -> old == null ? fresh : old);
                    surveys.put(key, new KpiFigures.SurveyCounts(rows.getLong("responses"),
                            rows.getLong("answers"), rows.getLong("satisfied")));
                }
            }
        }
        List<KpiQuery.GroupedFigures> result = new ArrayList<>();
        labels.forEach((key, label) -> result.add(new KpiQuery.GroupedFigures((Integer) key.get(0), (String) key.get(1),
                label == null || label.isEmpty() ? null : label,
                KpiFigures.of(dossiers.getOrDefault(key, KpiFigures.DossierCounts.NONE),
                        digitisation.getOrDefault(key, KpiFigures.DigitisationCounts.NONE), surveys.getOrDefault(key, KpiFigures.SurveyCounts.NONE)))));
        result.sort((a, b) -> a.bucket() != b.bucket() ? Integer.compare(a.bucket(), b.bucket())
                : compareKeys(a.key(), b.key()));
        return result;
    }

    /** Survey tallies per SIPAS factor group (ACCESS, PROCEDURE, ...) for the period and filter. */
    public Map<String, KpiFigures.SurveyCounts> satisfactionBySipasGroup(KpiFilter filter) {
        Map<String, KpiFigures.SurveyCounts> groups = new LinkedHashMap<>();
        List<Object> params = new ArrayList<>();
        params.add(filter.period().start());
        params.add(filter.period().end());
        String sql = String.format(SURVEY_BY_SIPAS_GROUP, responseConditions(filter, params));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, params);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.put(rows.getString(1),
                            new KpiFigures.SurveyCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("satisfaction query failed", e);
        }
        return groups;
    }

    static String dossierConditions(KpiFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        unitCondition(sql, filter, params, "d");
        condition(sql, params, "d.unit_level", filter.level() == null ? null : filter.level().name());
        condition(sql, params, "d.procedure_code", filter.procedureCode());
        condition(sql, params, "d.field_code", filter.fieldCode());
        condition(sql, params, "d.channel", filter.channel() == null ? null : filter.channel().name());
        return sql.toString();
    }

    /** Responses carry no level: the unit's latest known level stands in. Kiosk responses have no procedure. */
    static String responseConditions(KpiFilter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        unitCondition(sql, filter, params, "r");
        condition(sql, params, "u.unit_level", filter.level() == null ? null : filter.level().name());
        condition(sql, params, "r.procedure_code", filter.procedureCode());
        condition(sql, params, "r.field_code", filter.fieldCode());
        condition(sql, params, "r.channel", filter.channel() == null ? null : filter.channel().name());
        return sql.toString();
    }

    private static void unitCondition(StringBuilder sql, KpiFilter filter, List<Object> params, String alias) {
        if (filter.unit() == null) {
            return;
        }
        if (filter.includeSubUnits()) {
            sql.append(" and (").append(alias).append(".unit_code = ? or ? = any(").append(alias)
                    .append(".unit_ancestor_codes))");
            params.add(filter.unit());
        } else {
            sql.append(" and ").append(alias).append(".unit_code = ?");
        }
        params.add(filter.unit());
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Bucket> buckets,
            List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("text",
                buckets.stream().map(b -> b.start().toString()).toArray()));
        statement.setArray(2, connection.createArrayOf("text",
                buckets.stream().map(b -> b.end().toString()).toArray()));
        bind(statement, 3, params);
        return statement;
    }

    static void bind(PreparedStatement statement, int first, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(first + i, params.get(i));
        }
    }

    private static List<Object> keyOf(ResultSet rows) throws SQLException {
        return java.util.Arrays.asList(rows.getInt(1), rows.getString(2));
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    static int compareKeys(String a, String b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        if (a == null) {
            return 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }
}
