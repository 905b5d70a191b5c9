package vn.motcua.dossier.migration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.Action;
import vn.motcua.dossier.core.Codes;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.events.Channel;
import vn.motcua.problem.SupportedDates;

/**
 * {@code POST /api/v1/dossier-imports}: up to {@value #MAX_DOSSIERS} past dossiers of an earlier one-stop platform,
 * each with its recorded steps. Fields are checked by {@link ImportRules}, which names them by index
 * ({@code dossiers[3].steps[1].at}).
 */
@Schema(name = "DossierImportRequest")
public record DossierImportRequest(
        @Schema(required = true, description = "1–" + MAX_DOSSIERS + " dossiers, imported all together or not at all")
        List<ImportedDossier> dossiers) {

    public static final int MAX_DOSSIERS = 1000;
    public static final int MAX_STEPS = 50;
    static final String LEGACY_ID = "^[\\x21-\\x7E]{1,100}$";

    /**
     * One past dossier: what intake takes (same shapes and rules), when it was received, and what happened to it.
     */
    @Schema(name = "ImportedDossier")
    public record ImportedDossier(
            @NotNull @Pattern(regexp = LEGACY_ID, message = "must be 1–100 visible ASCII characters")
            @Schema(required = true, examples = "dvc-hanam:2025-000123", description = "The dossier's id in the old "
                    + "platform, unique across imports (prefix it with the platform's name): importing it again is "
                    + "a no-op")
            String legacyId,
            @NotNull @Pattern(regexp = Codes.PROCEDURE_CODE,
                    message = "must be a procedure code like 1.001193 or 1.000948.H38")
            @Schema(required = true, examples = "1.001193") String procedureCode,
            @NotNull @Pattern(regexp = Codes.UNIT_CODE,
                    message = "must be an electronic unit code like 000.20.20.H26")
            @Schema(required = true, examples = "000.20.20.H26") String unitCode,
            @NotNull @Schema(required = true) Channel channel,
            @NotNull @Valid @Schema(required = true) IntakeRequest.Applicant applicant,
            @NotNull @Size(max = 50) @Schema(required = true) List<IntakeRequest.Document> documents,
            @Size(max = 2000) String note,
            @NotNull @Schema(required = true, examples = "2025-03-03T08:15:00+07:00",
                    description = "When the dossier was received, with offset; in the past, from "
                            + SupportedDates.RANGE) OffsetDateTime receivedAt,
            @Size(max = 200) @Schema(description = "Who received it; the importing admin when absent")
            String receivedBy,
            @Schema(examples = "000.20.20.H26-250303-0007", description = "The receipt code the old platform gave: "
                    + "<unitCode>-<yyMMdd of receivedAt in Asia/Ho_Chi_Minh>-<4–9 digits>, unique. Absent: the "
                    + "next number of the unit's logbook for that day")
            String receiptCode,
            @Size(max = MAX_STEPS) @Schema(description = "What happened after intake, in time order")
            List<@NotNull @Valid Step> steps) {
    }

    /**
     * A recorded step, checked by the same state machine as live processing. Per action: REQUEST_SUPPLEMENT needs
     * missingItems (and the second one a reason); RESOLVE an outcome (APPROVED, or REJECTED with a reason); REFUSE and
     * STOP a reason; WITHDRAW a note; APOLOGIZE an appointmentDate after the step's day, a working day (an extension
     * of the time is not imported).
     */
    @Schema(name = "ImportedStep")
    public record Step(
            @NotNull @Schema(required = true) Action action,
            @NotNull @Schema(required = true, examples = "2025-03-04T09:00:00+07:00") OffsetDateTime at,
            @NotNull @Size(min = 1, max = 200) @Schema(required = true, examples = "tran.thi.b") String actor,
            @Size(max = 2000) String note,
            @Schema(enumeration = {"APPROVED", "REJECTED"}) String outcome,
            @Size(max = 2000) String reason,
            @Size(max = 50) List<@NotNull @Size(min = 1, max = 500) String> missingItems,
            @Schema(examples = "2025-03-20", description = "APOLOGIZE only: the new appointment date, from "
                    + SupportedDates.RANGE) java.time.LocalDate appointmentDate) {
    }
}
