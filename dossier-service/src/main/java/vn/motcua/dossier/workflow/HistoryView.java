package vn.motcua.dossier.workflow;

import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.intake.DossierStatus;

/** One step of a dossier's history: intake (action RECEIVE, no {@code from}) or a transition. */
@Schema(name = "DossierHistoryEntry")
public record HistoryView(OffsetDateTime at,
        @Schema(description = "The token subject of who acted") String actor,
        @Schema(description = "RECEIVE for intake, else an action", examples = "START") String action,
        DossierStatus from,
        DossierStatus to,
        String note,
        @Schema(description = "What the action carried: missingItems, outcome, reason, timeliness, "
                + "appointmentDate, dueAt") Map<String, Object> details) {
}
