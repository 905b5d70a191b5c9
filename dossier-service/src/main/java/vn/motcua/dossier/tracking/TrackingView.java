package vn.motcua.dossier.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.dossier.core.PortalStatus;
import vn.motcua.events.Outcome;

/**
 * What anyone holding the receipt code and lookup secret may see: where the dossier is and when it moved. No
 * applicant data, no staff names, no free-text notes or reasons (staff may write personal data into them).
 */
@Schema(name = "DossierTracking", description = "Public status of a dossier; no personal data")
public record TrackingView(
        @Schema(examples = DossierView.EXAMPLE_RECEIPT_CODE) String receiptCode,
        DossierStatus status,
        @Schema(description = PortalStatus.DESCRIPTION, minimum = "1", maximum = "10", examples = "4")
        int portalStatusCode,
        Procedure procedure,
        Unit unit,
        @Schema(examples = "2026-07-15T09:12:30+07:00") OffsetDateTime receivedAt,
        @Schema(description = "End of office hours of the due working day, in force (a supplement restarts it, an "
                + "apology letter's extension moves it)",
                examples = "2026-07-16T17:00:00+07:00")
        OffsetDateTime dueAt,
        @Schema(examples = "2026-07-16") LocalDate dueDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "APPROVED or REJECTED once resolved (REJECTED also when STOPPED), WITHDRAWN once "
                + "withdrawn") Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(examples = "2026-07-17T10:20:00+07:00") OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "New appointment date given with the apology letter of a late dossier",
                examples = "2026-07-20")
        LocalDate appointmentDate,
        @Schema(description = "Intake first, then every step, oldest first") List<Step> steps) {

    @Schema(name = "DossierTrackingProcedure")
    public record Procedure(
            @Schema(examples = "1.001193") String code,
            @Schema(examples = "Thủ tục đăng ký khai sinh") String name) {
    }

    @Schema(name = "DossierTrackingUnit")
    public record Unit(
            @Schema(examples = "000.00.61.H26") String code,
            @Schema(examples = "UBND xã Gia Lâm") String name) {
    }

    @Schema(name = "DossierTrackingStep")
    public record Step(@Schema(examples = "2026-07-15T14:03:00+07:00") OffsetDateTime at,
            @Schema(description = "RECEIVE for intake, else the workflow action", examples = "START") String action,
            @Schema(description = "The state after the step") DossierStatus status) {
    }
}
