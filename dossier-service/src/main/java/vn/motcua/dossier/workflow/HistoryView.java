package vn.motcua.dossier.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.DossierStatus;

/** One step of a dossier's history: intake (action RECEIVE, no {@code from}) or a transition. */
@Schema(name = "DossierHistoryEntry")
public record HistoryView(
        @Schema(examples = "2026-07-15T14:03:00+07:00") OffsetDateTime at,
        @Schema(description = "The token subject of who acted", examples = "tran.thi.b") String actor,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The unit of who acted (intake: the receiving unit); absent for steps recorded before "
                + "it was kept", examples = "000.00.61.H26") String unitCode,
        @Schema(description = "RECEIVE for intake, else an action", examples = "REQUEST_SUPPLEMENT") String action,
        @Schema(description = "Absent for intake") DossierStatus from,
        DossierStatus to,
        @Schema(examples = "Đã gọi điện báo người nộp", description = "Free text by staff; absent for a commune "
                + "system, as on the dossier itself") String note,
        @Schema(description = "What the action carried: missingItems and supplementRequestNumber (1, 2) of a "
                + "supplement request, outcome, reason, timeliness, stopped (true for STOP), appointmentDate, "
                + "previousDueAt and dueAt (a received supplement, an apology's extension), extensionReason; a transfer (TRANSFER, "
                + "RETURN_TO_RECEIVER) fromUnitCode, toUnitCode, toUnitName and workingDaysHeld (by the handing unit)",
                examples = "{\"missingItems\": [\"Giấy chứng sinh bản chính\"]}") Map<String, Object> details) {
}
