package vn.motcua.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds KPI tables and series from the read-model query, adding the empty buckets the query cannot see. */
@ApplicationScoped
public class Kpis {

    private static final KpiFigures EMPTY = KpiFigures.of(KpiFigures.DossierCounts.NONE,
            KpiFigures.DigitisationCounts.NONE, KpiFigures.SurveyCounts.NONE);

    private final KpiQuery query;

    public Kpis(KpiQuery query) {
        this.query = query;
    }

    public KpiFigures overall(KpiFilter filter) {
        Bucket whole = new Bucket(filter.period().from(), filter.period().to(), null);
        List<KpiQuery.GroupedFigures> rows = query.figures(filter, List.of(whole), null);
        return rows.isEmpty() ? EMPTY : rows.get(0).figures();
    }

    public KpiTable table(KpiFilter filter, Grouping groupBy) {
        KpiFigures overall = overall(filter);
        List<KpiRow> rows = new ArrayList<>();
        if (groupBy == Grouping.MONTH) {
            List<Bucket> months = Interval.MONTH.buckets(filter.period());
            List<KpiFigures> figures = perBucket(filter, months);
            for (int i = 0; i < months.size(); i++) {
                rows.add(new KpiRow(months.get(i).label(), null, figures.get(i)));
            }
        } else if (groupBy != null) {
            Bucket whole = new Bucket(filter.period().from(), filter.period().to(), null);
            for (KpiQuery.GroupedFigures group : query.figures(filter, List.of(whole), groupBy)) {
                rows.add(new KpiRow(group.key(), group.label(), group.figures()));
            }
        }
        return KpiTable.of(filter, groupBy, overall, rows);
    }

    public KpiSeries series(KpiFilter filter, Interval interval) {
        List<Bucket> buckets = interval.buckets(filter.period());
        List<KpiFigures> figures = perBucket(filter, buckets);
        List<KpiSeries.Point> points = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            points.add(new KpiSeries.Point(bucket.from(), bucket.to(), bucket.label(), figures.get(i)));
        }
        return new KpiSeries(filter.period().from(), filter.period().to(), filter.unit(), filter.includeSubUnits(),
                filter.unitRole(), interval, points, points.size());
    }

    private List<KpiFigures> perBucket(KpiFilter filter, List<Bucket> buckets) {
        Map<Integer, KpiFigures> found = new HashMap<>();
        for (KpiQuery.GroupedFigures row : query.figures(filter, buckets, null)) {
            found.put(row.bucket(), row.figures());
        }
        List<KpiFigures> figures = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            figures.add(found.getOrDefault(i, EMPTY));
        }
        return figures;
    }
}
