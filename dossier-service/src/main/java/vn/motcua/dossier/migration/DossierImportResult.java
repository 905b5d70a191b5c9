package vn.motcua.dossier.migration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.DossierView;

/** The answer to an import: one entry per dossier of the request, in its order. */
@Schema(name = "DossierImportResult")
public record DossierImportResult(
        @Schema(description = "Dossiers created by this request", examples = "1") int imported,
        @Schema(description = "Dossiers whose legacyId was imported before with the same content: nothing changed",
                examples = "0")
        int alreadyImported,
        List<Entry> dossiers) {

    @Schema(name = "ImportedDossierResult")
    public record Entry(
            @Schema(description = "Position in the request's dossiers list", examples = "0") int index,
            @Schema(examples = "dvc-hanam:2025-000123") String legacyId,
            @Schema(examples = "244502dd-de8a-41c3-bff7-c331fb8324a6") UUID id,
            @Schema(examples = "000.20.20.H26-250303-0007") String receiptCode,
            DossierStatus status,
            @Schema(examples = "2025-03-03T08:15:00+07:00") OffsetDateTime receivedAt,
            @Schema(description = "The due date in force after the last step (17:00 Asia/Ho_Chi_Minh)",
                    examples = "2025-03-04T17:00:00+07:00")
            OffsetDateTime dueAt,
            @Schema(description = "false when this legacyId was imported before (nothing changed)", examples = "true")
            boolean created,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only when created: with the receipt code it lets the applicant track the dossier; "
                    + "not shown again", examples = DossierView.EXAMPLE_LOOKUP_SECRET)
            String lookupSecret,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only when created: the survey token carried in dossier-received (print as QR); "
                    + "not shown again (kept only sealed under the lookup secret)",
                    examples = DossierView.EXAMPLE_SURVEY_TOKEN) String surveyToken) {
    }
}
