package vn.motcua.dossier.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.EntityTag;
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
        @Schema(examples = EXAMPLE_ID) UUID id,
        @Schema(examples = EXAMPLE_RECEIPT_CODE) String receiptCode,
        DossierStatus status,
        @Schema(description = PortalStatus.DESCRIPTION, minimum = "1", maximum = "10", examples = "4")
        int portalStatusCode,
        Channel channel,
        @Schema(examples = "2026-07-15T09:12:30+07:00") OffsetDateTime receivedAt,
        @Schema(description = "End of office hours (17:00, Asia/Ho_Chi_Minh) of the due working day",
                examples = "2026-07-16T17:00:00+07:00") OffsetDateTime dueAt,
        @Schema(examples = "2026-07-16") LocalDate dueDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only once an apology letter extended the time: the due date before the first "
                + "extension, which timeliness is still measured against (an extended dossier stays late); cleared "
                + "when a received supplement restarts the clock", examples = "2026-07-16T17:00:00+07:00")
        OffsetDateTime originalDueAt,
        @Schema(description = "The procedure's processing time for the dossier's channel", examples = "1")
        int processingWorkingDays,
        @Schema(description = "Supplement requests made to the applicant: at most 2, the second with its reason "
                + "(Decision 766/QĐ-TTg counts a dossier with more than one as late)", examples = "1")
        int supplementRequestCount,
        Procedure procedure,
        @Schema(description = "The unit that received the dossier") Unit unit,
        @Schema(description = "The unit that resolves it: the receiving unit itself, or for an inter-linked dossier "
                + "(một cửa liên thông) a department, the province or another commune")
        Unit resolvingUnit,
        @Schema(description = "Which of the two has the dossier now: the receiving unit until it transfers the "
                + "dossier, the resolving unit until it returns it", examples = "000.00.61.H26")
        String heldByUnitCode,
        @Schema(description = "Full for role officer; masked for analysts and commune systems") Applicant applicant,
        List<DossierDocument> documents,
        @Schema(examples = "Nộp thay cho con, có giấy ủy quyền") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "APPROVED or REJECTED once resolved (REJECTED also when STOPPED), WITHDRAWN once "
                + "withdrawn") Outcome outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why it was REJECTED, REFUSED or STOPPED",
                examples = "Giấy chứng sinh không khớp với tờ khai") String outcomeReason,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When it was resolved, withdrawn or stopped", examples = "2026-07-17T10:20:00+07:00")
        OffsetDateTime resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "New appointment date of the apology letter of a late dossier",
                examples = "2026-07-20") LocalDate appointmentDate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Why the time was extended, as the last apology letter with an extension said",
                examples = "Phải xác minh thông tin với UBND xã nơi cư trú trước đây") String extensionReason,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "When the overdue check found it pending past its due date; cleared when a received "
                + "supplement restarts the clock", examples = "2026-07-16T17:05:00+07:00") OffsetDateTime overdueAt,
        @JsonIgnore @Schema(hidden = true) int version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the intake response: with the receipt code it lets the applicant track the "
                + "dossier", examples = EXAMPLE_LOOKUP_SECRET)
        String lookupSecret,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the intake response: opens the satisfaction survey (print as QR)",
                examples = EXAMPLE_SURVEY_TOKEN)
        String surveyToken) {

    /** Example values the OpenAPI document shows wherever a dossier's id, receipt code or secrets appear. */
    public static final String EXAMPLE_ID = "f4dfc889-0666-4158-9698-cddc61315277";
    public static final String EXAMPLE_RECEIPT_CODE = "000.00.61.H26-260715-0001";
    public static final String EXAMPLE_LOOKUP_SECRET = "K7M2-Q9XH-P4RT";
    public static final String EXAMPLE_SURVEY_TOKEN = "4GFZgpzrObijFa9Y13aoH0L8sgJ3S4HO";

    /** The procedure the dossier was filed under, as the catalog described it at intake. */
    @Schema(name = "DossierProcedure")
    public record Procedure(
            @Schema(examples = "1.001193") String code,
            @Schema(examples = "Thủ tục đăng ký khai sinh") String name,
            @Schema(description = "The catalog's version of the procedure at intake", examples = "1") Integer version,
            @Schema(examples = "HT") String fieldCode,
            @Schema(examples = "Hộ tịch") String fieldName,
            OnlineLevel onlineLevel) {
    }

    @Schema(name = "DossierUnit")
    public record Unit(
            @Schema(examples = "000.00.61.H26") String code,
            @Schema(examples = "UBND xã Gia Lâm") String name,
            UnitLevel level) {
    }

    /** Example personal data is fictitious: "Nguyễn Văn A" is the Vietnamese placeholder name. */
    @Schema(name = "DossierApplicant")
    public record Applicant(
            ApplicantType type,
            @Schema(examples = "Nguyễn Văn A") String name,
            @Schema(description = "Citizens only", examples = "001090012345") String citizenId,
            @Schema(description = "Organisations only", examples = "0101234567") String taxCode,
            @Schema(examples = "0912345678") String phone,
            @Schema(examples = "nguyenvana@example.com") String email,
            @Schema(examples = "Số 1 đường Ví Dụ, xã Gia Lâm, Hà Nội") String address) {
    }

    /** The ETag of a dossier: its version (strong). */
    public static EntityTag etag(DossierView dossier) {
        return new EntityTag(Integer.toString(dossier.version()));
    }

    public DossierView withSecrets(String secret, String token) {
        return new DossierView(id, receiptCode, status, portalStatusCode, channel, receivedAt, dueAt, dueDate,
                originalDueAt, processingWorkingDays, supplementRequestCount, procedure, unit, resolvingUnit,
                heldByUnitCode, applicant, documents, note, outcome, outcomeReason, resolvedAt, appointmentDate,
                extensionReason, overdueAt, version, secret, token);
    }

    /** The same dossier with another applicant record and note (a masked view for readers without the need). */
    public DossierView withPersonalData(Applicant otherApplicant, String otherNote) {
        return new DossierView(id, receiptCode, status, portalStatusCode, channel, receivedAt, dueAt, dueDate,
                originalDueAt, processingWorkingDays, supplementRequestCount, procedure, unit, resolvingUnit,
                heldByUnitCode, otherApplicant, documents, otherNote, outcome, outcomeReason, resolvedAt,
                appointmentDate, extensionReason, overdueAt, version, lookupSecret, surveyToken);
    }
}
