package vn.motcua.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The figures of the KPIs, series, summaries, charts and scorecard, from the aggregates the consumers keep with
 * every event (migration V6): a period reads its months' and days' rows per slice ({@link FactRanges}), so the cost
 * depends on the number of slices and buckets, not on the dossiers in history. Pending and overdue at a bucket's end
 * are the rows before the first bucket (received less closed, overdue in less out) carried forward bucket by bucket;
 * a bucket ending after today's midnight counts them from the dossiers still open instead ({@link RowFigures}), as
 * overdue then depends on the time of day. Medians and 90th percentiles come from the working-day histogram
 * ({@link WorkingDayHistogram}). Every query of one request runs in one read-only snapshot.
 *
 * <p>Reads only the {@code public.kpi_*} views, so a switch to a rebuilt generation is invisible here: the slices of
 * the filter's {@link UnitRole}, filtered and grouped with the same SQL as the dossier rows; coarse slices (without
 * procedure and field) whenever the request neither filters nor groups by those.
 */
@ApplicationScoped
public class KpiQuery {

    /**
     * The ranges of aggregate rows to read, as (bucket, grain, from, to). Each slice's rows are then read per range
     * through the index (slice_id, grain, day): {@code offset 0} keeps the planner from flattening the lateral
     * subquery into a join that reads every row of the slice.
     */
    private static final String RANGES = """
            with piece as (
                select * from unnest(cast(? as int[]), cast(cast(? as text[]) as char(1)[]),
                                     cast(cast(? as text[]) as date[]), cast(cast(? as text[]) as date[]))
                    as p(idx, grain, p_from, p_to))
            """;

    private static final String DOSSIER_FACTS = RANGES + """
            select p.idx, %1$s as group_key, max(%2$s) as group_label,
              sum(f.received) as received,
              coalesce(sum(f.received) filter (where d.channel = 'IN_PERSON'), 0) as in_person,
              coalesce(sum(f.received) filter (where d.channel = 'ONLINE'), 0) as online,
              coalesce(sum(f.received) filter (where d.channel = 'POSTAL'), 0) as postal,
              sum(f.offered_online) as offered_online, sum(f.files) as files,
              sum(f.received_with_digitised) as received_with_digitised, sum(f.reused_components) as reused_components,
              sum(f.received_with_reused) as received_with_reused, sum(f.early) as early, sum(f.on_time) as on_time,
              sum(f.late) as late, sum(f.approved) as approved, sum(f.rejected) as rejected,
              sum(f.withdrawn) as withdrawn, sum(f.electronic_results) as electronic_results,
              sum(f.digitised_with_electronic_result) as digitised_with_electronic_result,
              sum(f.processed_on_time_766) as processed_on_time_766,
              sum(f.late_for_supplement_requests) as late_for_supplement_requests, sum(f.closed) as closed,
              sum(f.overdue_in) as overdue_in, sum(f.overdue_out) as overdue_out
            from piece p
            cross join %3$s d
            cross join lateral (select * from public.kpi_dossier_fact f where f.slice_id = d.slice_id
                                and f.grain = p.grain and f.day >= p.p_from and f.day < p.p_to offset 0) f
            where d.detail = ? %4$s
            group by p.idx, group_key""";

    private static final String DAYS_TAKEN = RANGES + """
            select p.idx, %1$s as group_key, h.working_days, sum(h.dossiers) as dossiers
            from piece p
            cross join %2$s d
            cross join lateral (select * from public.kpi_dossier_days_taken h where h.slice_id = d.slice_id
                                and h.grain = p.grain and h.day >= p.p_from and h.day < p.p_to offset 0) h
            where p.idx >= 0 and d.detail = ? %3$s
            group by p.idx, group_key, h.working_days""";

    private static final String SURVEY_FACTS = RANGES + """
            select p.idx, %1$s as group_key, max(%2$s) as group_label, sum(f.responses) as responses,
              sum(f.answers) as answers, sum(f.satisfied) as satisfied
            from piece p
            cross join public.kpi_survey_slice r
            left join public.kpi_unit u on u.unit_code = r.unit_code
            cross join lateral (select * from public.kpi_survey_fact f where f.slice_id = r.slice_id
                                and f.grain = p.grain and f.day >= p.p_from and f.day < p.p_to offset 0) f
            where p.idx >= 0 and r.detail = ? %3$s
            group by p.idx, group_key""";

    private static final String SURVEY_BY_SIPAS_GROUP = RANGES + """
            select g.group_code, sum(g.responses), sum(g.answers), sum(g.satisfied)
            from piece p
            cross join public.kpi_survey_slice r
            left join public.kpi_unit u on u.unit_code = r.unit_code
            cross join lateral (select * from public.kpi_survey_group_fact g where g.slice_id = r.slice_id
                                and g.grain = p.grain and g.day >= p.p_from and g.day < p.p_to offset 0) g
            where r.detail = ? %s
            group by g.group_code
            having sum(g.responses) > 0
            order by g.group_code""";

    /** The bucket index of the rows before the first bucket. */
    private static final int BEFORE = -1;

    private final DataSource dataSource;
    private final RowFigures rows;

    public KpiQuery(DataSource dataSource, RowFigures rows) {
        this.dataSource = dataSource;
        this.rows = rows;
    }

    /** The figures of one bucket and grouping key, with the key's label (a unit's or procedure's name). */
    public record GroupedFigures(int bucket, String key, String label, KpiFigures figures) {
    }

    /** A unit seen in the events, with its latest known name, level and parents (nearest first). */
    public record KnownUnit(String code, String name, String level, List<String> ancestors) {
    }

    /**
     * Figures per bucket and per value of {@code grouping} (null or MONTH: one row per bucket), the buckets
     * consecutive. Only the combinations with any dossier or response are returned; callers add the empty ones they
     * need.
     */
    public List<GroupedFigures> figures(KpiFilter filter, List<Bucket> buckets, Grouping grouping) {
        for (int i = 1; i < buckets.size(); i++) {
            if (!buckets.get(i).from().equals(buckets.get(i - 1).to().plusDays(1))) {
                throw new IllegalArgumentException("buckets must follow each other: " + buckets);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            return inSnapshot(connection, () -> figures(connection, filter, buckets, grouping));
        } catch (SQLException e) {
            throw new IllegalStateException("KPI query failed", e);
        }
    }

    private List<GroupedFigures> figures(Connection connection, KpiFilter filter, List<Bucket> buckets,
            Grouping grouping) throws SQLException {
        boolean detail = needsDetail(filter, grouping);
        OffsetDateTime todayStart = todayStart(connection);
        int firstOpen = 0;
        while (firstOpen < buckets.size() && !buckets.get(firstOpen).end().isAfter(todayStart)) {
            firstOpen++;
        }
        List<FactRanges.Range> ranges = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        if (firstOpen > 0) { // the days before the first bucket matter only to buckets ending by today
            for (FactRanges.Range range : FactRanges.before(buckets.get(0).from())) {
                ranges.add(range);
                indexes.add(BEFORE);
            }
        }
        for (int i = 0; i < buckets.size(); i++) {
            for (FactRanges.Range range : FactRanges.of(buckets.get(i).from(), buckets.get(i).to().plusDays(1))) {
                ranges.add(range);
                indexes.add(i);
            }
        }
        Map<Key, String> labels = new LinkedHashMap<>(); // from the dossiers (first) or the responses of a group
        Map<Key, DossierSums> dossiers = dossierSums(connection, filter, grouping, detail, ranges, indexes, labels);
        Map<Key, WorkingDayHistogram> daysTaken = daysTaken(connection, filter, grouping, detail, ranges, indexes);
        Map<Key, KpiFigures.SurveyCounts> surveys = surveyCounts(connection, filter, grouping, ranges, indexes, labels);

        Map<Key, KpiFigures.DossierCounts> open = new HashMap<>();
        if (firstOpen < buckets.size()) {
            for (GroupedFigures row : rows.figures(connection, filter, buckets.subList(firstOpen, buckets.size()),
                    grouping, todayStart)) {
                Key key = new Key(firstOpen + row.bucket(), row.key());
                open.put(key, new KpiFigures.DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        row.figures().pendingAtEnd(), row.figures().overdue(), null, null, null, 0, 0));
                if (!dossiers.containsKey(key) && row.label() != null) {
                    labels.put(key, row.label()); // the dossiers' name before the responses'
                }
            }
        }

        TreeSet<String> groups = new TreeSet<>(RowFigures::compareKeys); // null (no grouping) included
        labels.keySet().forEach(key -> groups.add(key.group()));
        dossiers.keySet().forEach(key -> groups.add(key.group()));
        open.keySet().forEach(key -> groups.add(key.group()));
        List<GroupedFigures> result = new ArrayList<>();
        Map<String, long[]> carried = new HashMap<>(); // pending and overdue at the end of the previous bucket
        Map<String, String> carriedLabels = new HashMap<>(); // a group's name from its dossiers so far
        for (String group : groups) {
            Key before = new Key(BEFORE, group);
            DossierSums sums = dossiers.getOrDefault(before, DossierSums.NONE);
            carried.put(group, new long[] {sums.received - sums.closed, sums.overdueIn - sums.overdueOut});
            carriedLabels.put(group, dossiers.containsKey(before) ? labels.get(before) : null);
        }
        for (int i = 0; i < buckets.size(); i++) {
            for (String group : groups) {
                Key key = new Key(i, group);
                DossierSums sums = dossiers.getOrDefault(key, DossierSums.NONE);
                long[] atEnd = carried.get(group);
                atEnd[0] += sums.received - sums.closed;
                atEnd[1] += sums.overdueIn - sums.overdueOut;
                long pending = atEnd[0];
                long overdue = atEnd[1];
                if (i >= firstOpen) {
                    KpiFigures.DossierCounts openCounts = open.getOrDefault(key, KpiFigures.DossierCounts.NONE);
                    pending = openCounts.pendingAtEnd();
                    overdue = openCounts.overdue();
                }
                // a bucket with only dossiers pending since earlier buckets is named after those dossiers
                String label = labels.get(key);
                if (dossiers.containsKey(key) || open.containsKey(key)) {
                    carriedLabels.put(group, label);
                } else if (pending != 0 && carriedLabels.get(group) != null) {
                    label = carriedLabels.get(group);
                }
                WorkingDayHistogram histogram = daysTaken.getOrDefault(key, new WorkingDayHistogram());
                KpiFigures.SurveyCounts survey = surveys.get(key);
                if (!sums.anyInBucket() && pending == 0 && overdue == 0 && survey == null) {
                    continue;
                }
                KpiFigures.DossierCounts counts = sums.counts(pending, overdue, histogram);
                result.add(new GroupedFigures(i, group, label == null || label.isEmpty() ? null : label,
                        KpiFigures.of(counts, sums.digitisation(),
                                survey == null ? KpiFigures.SurveyCounts.NONE : survey)));
            }
        }
        return result;
    }

    /** Survey tallies per SIPAS factor group (ACCESS, PROCEDURE, ...) for the period and filter. */
    public Map<String, KpiFigures.SurveyCounts> satisfactionBySipasGroup(KpiFilter filter) {
        Map<String, KpiFigures.SurveyCounts> groups = new LinkedHashMap<>();
        List<FactRanges.Range> ranges = FactRanges.of(filter.period().from(), filter.period().to().plusDays(1));
        List<Object> params = new ArrayList<>();
        params.add(needsDetail(filter, null));
        String sql = String.format(SURVEY_BY_SIPAS_GROUP, RowFigures.responseConditions(filter, params));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, ranges,
                        ranges.stream().map(range -> 0).toList(), params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                groups.put(rows.getString(1),
                        new KpiFigures.SurveyCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("satisfaction query failed", e);
        }
        return groups;
    }

    public Optional<KnownUnit> unit(String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select unit_code, unit_name, unit_level, unit_ancestor_codes from public.kpi_unit "
                                + "where unit_code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Array ancestors = rows.getArray(4);
                return Optional.of(new KnownUnit(rows.getString(1), rows.getString(2), rows.getString(3),
                        ancestors == null ? List.of() : List.of((String[]) ancestors.getArray())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("unit lookup failed", e);
        }
    }

    /** Procedure and field live in the detail slices only. */
    private static boolean needsDetail(KpiFilter filter, Grouping grouping) {
        return filter.procedureCode() != null || filter.fieldCode() != null || grouping == Grouping.PROCEDURE
                || grouping == Grouping.FIELD;
    }

    private static Map<Key, DossierSums> dossierSums(Connection connection, KpiFilter filter, Grouping grouping,
            boolean detail, List<FactRanges.Range> ranges, List<Integer> indexes, Map<Key, String> labels)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(detail);
        String sql = String.format(DOSSIER_FACTS, Grouping.dossierKey(grouping), Grouping.dossierLabel(grouping),
                sliceView(filter), RowFigures.dossierConditions(filter, params));
        Map<Key, DossierSums> sums = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, ranges, indexes, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                DossierSums found = DossierSums.of(rows);
                if (found.isZero()) {
                    continue; // every dossier counted there was moved to another slice or day
                }
                Key key = new Key(rows.getInt(1), rows.getString(2));
                labels.putIfAbsent(key, rows.getString(3));
                sums.put(key, found);
            }
        }
        return sums;
    }

    private static Map<Key, WorkingDayHistogram> daysTaken(Connection connection, KpiFilter filter,
            Grouping grouping, boolean detail, List<FactRanges.Range> ranges, List<Integer> indexes)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(detail);
        String sql = String.format(DAYS_TAKEN, Grouping.dossierKey(grouping), sliceView(filter),
                RowFigures.dossierConditions(filter, params));
        Map<Key, WorkingDayHistogram> histograms = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, ranges, indexes, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                histograms.computeIfAbsent(new Key(rows.getInt(1), rows.getString(2)), key -> new WorkingDayHistogram())
                        .add(rows.getInt(3), rows.getLong(4));
            }
        }
        return histograms;
    }

    private static Map<Key, KpiFigures.SurveyCounts> surveyCounts(Connection connection, KpiFilter filter,
            Grouping grouping, List<FactRanges.Range> ranges, List<Integer> indexes, Map<Key, String> labels)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(needsDetail(filter, grouping));
        String sql = String.format(SURVEY_FACTS, Grouping.responseKey(grouping), Grouping.responseLabel(grouping),
                RowFigures.responseConditions(filter, params));
        Map<Key, KpiFigures.SurveyCounts> counts = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, ranges, indexes, params);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getLong("responses") == 0) {
                    continue; // every response there was moved to another slice
                }
                Key key = new Key(rows.getInt(1), rows.getString(2));
                String label = rows.getString(3);
                labels.merge(key, label == null ? "" : label, (old, fresh) -> old == null ? fresh : old);
                counts.put(key, new KpiFigures.SurveyCounts(rows.getLong("responses"), rows.getLong("answers"),
                        rows.getLong("satisfied")));
            }
        }
        return counts;
    }

    private static String sliceView(KpiFilter filter) {
        return filter.unitRole() == UnitRole.RESOLVING ? "public.kpi_dossier_slice_by_resolving_unit"
                : "public.kpi_dossier_slice";
    }

    private static OffsetDateTime todayStart(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select now()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            LocalDate today = rows.getObject(1, OffsetDateTime.class).atZoneSameInstant(Period.BUSINESS_ZONE)
                    .toLocalDate();
            return today.atStartOfDay(Period.BUSINESS_ZONE).toOffsetDateTime();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<FactRanges.Range> ranges,
            List<Integer> indexes, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setArray(1, connection.createArrayOf("int", indexes.toArray()));
        statement.setArray(2, connection.createArrayOf("text",
                ranges.stream().map(range -> String.valueOf(range.grain())).toArray()));
        statement.setArray(3, connection.createArrayOf("text", ranges.stream().map(FactRanges.Range::fromText).toArray()));
        statement.setArray(4, connection.createArrayOf("text", ranges.stream().map(range -> range.to().toString()).toArray()));
        RowFigures.bind(statement, 5, params);
        return statement;
    }

    private interface SnapshotWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one read-only repeatable-read transaction, so all its queries see the same events. */
    private static <T> T inSnapshot(Connection connection, SnapshotWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run();
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    private record Key(int bucket, String group) {
    }

    /** The aggregate sums of one bucket (or of the days before the first) and group. */
    private record DossierSums(long received, long inPerson, long online, long postal, long offeredOnline, long files,
            long receivedWithDigitised, long reusedComponents, long receivedWithReused, long early, long onTime,
            long late, long approved, long rejected, long withdrawn, long electronicResults,
            long digitisedWithElectronicResult, long processedOnTime766, long lateForSupplementRequests, long closed,
            long overdueIn, long overdueOut) {

        static final DossierSums NONE = new DossierSums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0);

        static DossierSums of(ResultSet rows) throws SQLException {
            return new DossierSums(rows.getLong("received"), rows.getLong("in_person"), rows.getLong("online"),
                    rows.getLong("postal"), rows.getLong("offered_online"), rows.getLong("files"),
                    rows.getLong("received_with_digitised"), rows.getLong("reused_components"),
                    rows.getLong("received_with_reused"), rows.getLong("early"), rows.getLong("on_time"),
                    rows.getLong("late"), rows.getLong("approved"), rows.getLong("rejected"),
                    rows.getLong("withdrawn"), rows.getLong("electronic_results"),
                    rows.getLong("digitised_with_electronic_result"), rows.getLong("processed_on_time_766"),
                    rows.getLong("late_for_supplement_requests"), rows.getLong("closed"), rows.getLong("overdue_in"),
                    rows.getLong("overdue_out"));
        }

        /** Whether every count is 0 (each other count is one of the kinds of these four). */
        boolean isZero() {
            return received == 0 && closed == 0 && overdueIn == 0 && overdueOut == 0;
        }

        /** Whether a dossier was received, resolved or withdrawn in the bucket. */
        boolean anyInBucket() {
            return received != 0 || closed != 0;
        }

        KpiFigures.DossierCounts counts(long pending, long overdue, WorkingDayHistogram daysTaken) {
            return new KpiFigures.DossierCounts(received, inPerson, online, postal, offeredOnline, early, onTime, late,
                    approved, rejected, withdrawn, pending, overdue, daysTaken.mean(), daysTaken.percentile(0.5),
                    daysTaken.percentile(0.9), processedOnTime766, lateForSupplementRequests);
        }

        KpiFigures.DigitisationCounts digitisation() {
            return new KpiFigures.DigitisationCounts(files, receivedWithDigitised, reusedComponents,
                    receivedWithReused, electronicResults, digitisedWithElectronicResult);
        }
    }
}
