package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.Channel;
import vn.motcua.events.UnitLevel;

@Schema(name = "KpiTable", description = "KPIs of a period and filter: overall, and per group when grouped")
public record KpiTable(
        LocalDate from,
        LocalDate to,
        @Schema(description = "Unit filter; absent = every unit the caller may see", examples = "000.00.63.H26")
        String unit,
        @Schema(examples = "true") boolean includeSubUnits,
        @Schema(description = "Whether unit and level are the dossiers' receiving or resolving unit")
        UnitRole unitRole,
        UnitLevel level,
        @Schema(examples = "1.001193") String procedureCode,
        @Schema(examples = "HT") String fieldCode,
        Channel channel,
        @Schema(description = "The grouping of rows; absent = no grouping (no rows, only overall)") Grouping groupBy,
        @Schema(description = "The figures of the whole filter") KpiFigures overall,
        @Schema(description = "This page of the groups, by key") List<KpiRow> rows,
        @Schema(examples = "0") int page,
        @Schema(examples = "100") int size,
        @Schema(description = "Number of groups", examples = "1") long total) {

    public static KpiTable of(KpiFilter filter, Grouping groupBy, KpiFigures overall, List<KpiRow> rows) {
        return new KpiTable(filter.period().from(), filter.period().to(), filter.unit(), filter.includeSubUnits(),
                filter.unitRole(), filter.level(), filter.procedureCode(), filter.fieldCode(), filter.channel(), groupBy, overall,
                rows, 0, Math.max(rows.size(), 1), rows.size());
    }

    /** The same table with only the rows of page {@code page} (0-based) of {@code size}. */
    public KpiTable page(int page, int size) {
        int first = (int) Math.min((long) page * size, rows.size());
        int last = (int) Math.min((long) first + size, rows.size());
        return new KpiTable(from, to, unit, includeSubUnits, unitRole, level, procedureCode, fieldCode, channel, groupBy,
                overall, rows.subList(first, last), page, size, rows.size());
    }
}
