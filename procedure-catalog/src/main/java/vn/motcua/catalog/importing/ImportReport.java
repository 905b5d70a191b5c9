package vn.motcua.catalog.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import found (dry run) or did")
public record ImportReport(
        @Schema(examples = "120", description = "data rows in the file (blank rows not counted)") int rows,
        @Schema(examples = "118", description = "rows without errors") int valid,
        @Schema(description = "every bad cell, by row and column") List<RowError> errors,
        @Schema(examples = "true") boolean dryRun,
        @Schema(examples = "100", description = "records that are (or would be) created") int created,
        @Schema(examples = "3", description = "records that are (or would be) changed") int updated,
        @Schema(examples = "15", description = "rows equal to the stored record: nothing changes") int unchanged) {
}
