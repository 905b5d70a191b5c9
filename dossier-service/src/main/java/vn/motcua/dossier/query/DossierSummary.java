package vn.motcua.dossier.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.PortalStatus;
import vn.motcua.events.Channel;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;

/** A dossier in a list: enough to pick it; {@code GET /api/v1/dossiers/{id}} has the rest. */
@Schema(name = "DossierSummary")
public record DossierSummary(
        @Schema(examples = DossierView.EXAMPLE_ID) UUID id,
        @Schema(examples = DossierView.EXAMPLE_RECEIPT_CODE) String receiptCode,
        DossierStatus status,
        @Schema(description = PortalStatus.DESCRIPTION, minimum = "1", maximum = "10", examples = "4")
        int portalStatusCode,
        Channel channel,
        @Schema(examples = "2026-07-15T09:12:30+07:00") OffsetDateTime receivedAt,
        @Schema(examples = "2026-07-16T17:00:00+07:00") OffsetDateTime dueAt,
        @Schema(examples = "2026-07-16") LocalDate dueDate,
        DossierView.Procedure procedure,
        @Schema(description = "The unit that received it") DossierView.Unit unit,
        @Schema(description = "The unit that resolves it (the receiving unit, or another for an inter-linked "
                + "dossier)") DossierView.Unit resolvingUnit,
        @Schema(description = "Masked (initials) for analysts and commune systems", examples = "Nguyễn Văn A")
        String applicantName,
        @Schema(description = "Pending and marked overdue by the overdue check", examples = "true") boolean overdue,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(examples = "2026-07-16T17:05:00+07:00") OffsetDateTime overdueAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(examples = "2026-07-17T10:20:00+07:00") OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Of a resolved or stopped dossier (APPROVED or REJECTED): resolved before, on or "
                + "after its due date (the one before an extension)") Timeliness timeliness) {

    public DossierSummary withApplicantName(String name) {
        return new DossierSummary(id, receiptCode, status, portalStatusCode, channel, receivedAt, dueAt, dueDate,
                procedure, unit, resolvingUnit, name,
                overdue, overdueAt, outcome, resolvedAt, timeliness);
    }
}
