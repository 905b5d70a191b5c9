package vn.motcua.catalog.procedure;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.problem.SupportedDates;

@Schema(name = "ProcedureRetirement", description = "When a procedure stops applying")
public record Retirement(
        @Schema(examples = "2025-06-30", description = "last day it applies, from " + SupportedDates.RANGE
                + "; default today (or its effectiveTo, if earlier)") LocalDate effectiveTo) {
}
