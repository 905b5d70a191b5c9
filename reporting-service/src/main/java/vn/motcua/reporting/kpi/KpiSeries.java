package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KpiSeries", description = "KPIs per bucket of a period, empty buckets included")
public record KpiSeries(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Unit filter; absent = every unit the caller may see", examples = "000.00.63.H26")
        String unit,
        @Schema(examples = "true") boolean includeSubUnits,
        @Schema(description = "Whether unit and level are the dossiers' receiving or resolving unit")
        UnitRole unitRole,
        Interval interval,
        @Schema(description = "One point per bucket, in time order; at most " + Interval.MAX_BUCKETS)
        List<Point> points,
        @Schema(description = "Number of points", examples = "6") int total) {

    @Schema(name = "KpiSeriesPoint")
    public record Point(
            @Schema(description = "First day of the bucket within the period") LocalDate from,
            @Schema(description = "Last day of the bucket within the period") LocalDate to,
            @Schema(description = "The bucket: 2026-03-05, 2026-W10, 2026-03, 2026-Q1, 2026-H1 or 2026",
                    examples = "2026-03") String label,
            KpiFigures figures) {
    }
}
