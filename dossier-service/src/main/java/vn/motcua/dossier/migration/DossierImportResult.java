package vn.motcua.dossier.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.intake.DossierStatus;

/** The answer to an import: one entry per dossier of the request, in its order. */
@Schema(name = "DossierImportResult")
public record DossierImportResult(
        @Schema(description = "Dossiers created by this request") int imported,
        @Schema(description = "Dossiers whose legacyId was imported before with the same content: nothing changed")
        int alreadyImported,
        List<Entry> dossiers) {

    @Schema(name = "ImportedDossierResult")
    public record Entry(
            @Schema(description = "Position in the request's dossiers list") int index,
            String legacyId,
            UUID id,
            @Schema(examples = "000.20.20.H26-250303-0007") String receiptCode,
            DossierStatus status,
            OffsetDateTime receivedAt,
            @Schema(description = "The due date in force after the last step (17:00 Asia/Ho_Chi_Minh)")
            OffsetDateTime dueAt,
            @Schema(description = "false when this legacyId was imported before (nothing changed)") boolean created,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only when created: with the receipt code it lets the applicant track the dossier; "
                    + "not shown again")
            String lookupSecret,
            @Schema(description = "The survey token carried in dossier-received (print as QR)") String surveyToken) {
    }
}
