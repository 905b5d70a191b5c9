package vn.motcua.dossier.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.intake.DossierStatus;
import vn.motcua.events.Outcome;

/**
 * What anyone holding the receipt code and lookup secret may see: where the dossier is and when it moved. No
 * applicant data, no staff names, no free-text notes or reasons (staff may write personal data into them).
 */
@Schema(name = "DossierTracking", description = "Public status of a dossier; no personal data")
public record TrackingView(
        @Schema(examples = "000.20.20.H26-260715-0001") String receiptCode,
        DossierStatus status,
        Procedure procedure,
        Unit unit,
        OffsetDateTime receivedAt,
        @Schema(description = "End of office hours of the due working day, in force (a supplement restarts it)")
        OffsetDateTime dueAt,
        LocalDate dueDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "APPROVED or REJECTED once resolved, WITHDRAWN once withdrawn") Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "New appointment date given with the apology letter of a late dossier")
        LocalDate appointmentDate,
        @Schema(description = "Intake first, then every step, oldest first") List<Step> steps) {

    @Schema(name = "DossierTrackingProcedure")
    public record Procedure(String code, String name) {
    }

    @Schema(name = "DossierTrackingUnit")
    public record Unit(String code, String name) {
    }

    @Schema(name = "DossierTrackingStep")
    public record Step(OffsetDateTime at,
            @Schema(description = "RECEIVE for intake, else the workflow action", examples = "START") String action,
            @Schema(description = "The state after the step") DossierStatus status) {
    }
}
