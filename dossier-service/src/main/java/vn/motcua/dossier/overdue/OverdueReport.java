package vn.motcua.dossier.overdue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.query.DossierSummary;

/** Overdue dossiers grouped by unit: one page of units, each with its count and its most overdue dossiers. */
@Schema(name = "OverdueReport", description = "One page of units with overdue dossiers; Link rel=next/prev")
public record OverdueReport(
        @Schema(description = "overdue dossiers within your reach, all units", examples = "7") long totalDossiers,
        @Schema(description = "units with overdue dossiers within your reach", examples = "3") long totalUnits,
        @Schema(examples = "0") int page,
        @Schema(examples = "20", description = "units per page") int size,
        List<UnitOverdue> units) {

    @Schema(name = "UnitOverdue")
    public record UnitOverdue(
            @Schema(examples = "000.00.61.H26") String unitCode,
            @Schema(examples = "UBND xã Gia Lâm") String unitName,
            @Schema(description = "overdue dossiers of this unit", examples = "4") long count,
            @Schema(description = "the unit's overdue dossiers, earliest due first, at most perUnit")
            List<DossierSummary> dossiers) {
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalUnits;
    }
}
