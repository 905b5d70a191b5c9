package vn.motcua.catalog.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRetirement", description = "When a unit stops existing (merged or abolished)")
public record UnitRetirement(
        @Schema(examples = "2025-06-30", description = "last day the unit exists; default today") LocalDate validTo) {
}
