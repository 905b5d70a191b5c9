package vn.motcua.catalog.history;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One recorded change of a catalog record")
public record ChangeView(
        @Schema(examples = "2", description = "the record's version after the change") int version,
        @Schema(examples = "UPDATED") ChangeAction action,
        @Schema(examples = "API", description = "API or IMPORT") ChangeSource source,
        @Schema(examples = "a.nguyen", description = "the subject of the token that made the change") String changedBy,
        @Schema(examples = "2026-07-01T09:30:00+07:00") OffsetDateTime changedAt,
        List<Change> changes) {
}
