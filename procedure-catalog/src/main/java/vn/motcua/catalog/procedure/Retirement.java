package vn.motcua.catalog.procedure;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcedureRetirement", description = "When a procedure stops applying")
public record Retirement(
        @Schema(examples = "2025-06-30", description = "last day it applies; default today (or its effectiveTo, "
                + "if earlier)") LocalDate effectiveTo) {
}
