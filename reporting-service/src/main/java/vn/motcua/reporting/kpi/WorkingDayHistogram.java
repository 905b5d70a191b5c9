package vn.motcua.reporting.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many resolved dossiers took each number of working days: enough for the exact mean, and for any percentile
 * computed as PostgreSQL's {@code percentile_cont} computes it over the single values (linear interpolation between
 * the two nearest ranks), so the figures are those the rows would give.
 */
final class WorkingDayHistogram {

    private final TreeMap<Integer, Long> dossiersByDays = new TreeMap<>();
    private long dossiers;
    private long daysSum;

    void add(int workingDays, long count) {
        if (count == 0) {
            return;
        }
        dossiersByDays.merge(workingDays, count, Long::sum);
        dossiers += count;
        daysSum += workingDays * count;
    }

    boolean isEmpty() {
        return dossiers == 0;
    }

    /** The mean, as exact as numeric's avg; null without dossiers. */
    BigDecimal mean() {
        return dossiers == 0 ? null : BigDecimal.valueOf(daysSum).divide(BigDecimal.valueOf(dossiers), MathContext.DECIMAL64);
    }

    /** percentile_cont({@code fraction}); null without dossiers. */
    Double percentile(double fraction) {
        if (dossiers == 0) {
            return null;
        }
        double rank = fraction * (dossiers - 1); // 0-based, in PostgreSQL's floating-point steps
        long lower = (long) Math.floor(rank);
        long upper = (long) Math.ceil(rank);
        double first = valueAt(lower);
        if (lower == upper) {
            return first;
        }
        return first + (valueAt(upper) - first) * (rank - lower);
    }

    /** The value of the dossier at {@code position} (0-based) in ascending order. */
    private double valueAt(long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : dossiersByDays.entrySet()) {
            seen += entry.getValue();
            if (seen > position) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " beyond " + dossiers + " dossiers");
    }
}
