package vn.motcua.catalog.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.problem.SupportedDates;

@Schema(name = "UnitRetirement", description = "When a unit stops existing (merged or abolished)")
public record UnitRetirement(
        @Schema(examples = "2025-06-30", description = "last day the unit exists, from " + SupportedDates.RANGE
                + "; default today") LocalDate validTo) {
}
