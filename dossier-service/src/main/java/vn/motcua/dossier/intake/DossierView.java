package vn.motcua.dossier.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.Channel;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.UnitLevel;

/**
 * A dossier as its unit's staff see it. {@code lookupSecret} and {@code surveyToken} appear only in the intake
 * response (and its idempotent replay): print them on the receipt, they are not stored in readable form.
 */
@Schema(name = "Dossier")
public record DossierView(
        UUID id,
        @Schema(examples = "000.20.20.H26-260715-0001") String receiptCode,
        DossierStatus status,
        Channel channel,
        OffsetDateTime receivedAt,
        @Schema(description = "End of office hours (17:00, Asia/Ho_Chi_Minh) of the due working day") OffsetDateTime dueAt,
        LocalDate dueDate,
        int processingWorkingDays,
        Procedure procedure,
        Unit unit,
        Applicant applicant,
        List<DossierDocument> documents,
        String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "APPROVED or REJECTED once resolved, WITHDRAWN once withdrawn") Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why it was REJECTED or REFUSED") String outcomeReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "New appointment date of the apology letter of a late dossier") LocalDate appointmentDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When the overdue check found it pending past its due date; cleared when a received "
                + "supplement restarts the clock") OffsetDateTime overdueAt,
        @JsonIgnore @Schema(hidden = true) int version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the intake response: with the receipt code it lets the applicant track the dossier")
        String lookupSecret,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the intake response: opens the satisfaction survey (print as QR)")
        String surveyToken) {

    /** The procedure the dossier was filed under, as the catalog described it at intake. */
    @Schema(name = "DossierProcedure")
    public record Procedure(String code, String name, Integer version, String fieldCode, String fieldName,
            OnlineLevel onlineLevel) {
    }

    @Schema(name = "DossierUnit")
    public record Unit(String code, String name, UnitLevel level) {
    }

    @Schema(name = "DossierApplicant")
    public record Applicant(ApplicantType type, String name, String citizenId, String taxCode, String phone,
            String email, String address) {
    }

    public DossierView withSecrets(String secret, String token) {
        return new DossierView(id, receiptCode, status, channel, receivedAt, dueAt, dueDate, processingWorkingDays,
                procedure, unit, applicant, documents, note, outcome, outcomeReason, resolvedAt, appointmentDate,
                overdueAt, version, secret, token);
    }

    /** The same dossier with another applicant record and note (a masked view for readers without the need). */
    public DossierView withPersonalData(Applicant otherApplicant, String otherNote) {
        return new DossierView(id, receiptCode, status, channel, receivedAt, dueAt, dueDate, processingWorkingDays,
                procedure, unit, otherApplicant, documents, otherNote, outcome, outcomeReason, resolvedAt,
                appointmentDate, overdueAt, version, lookupSecret, surveyToken);
    }
}
