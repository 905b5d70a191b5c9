package vn.motcua.dossier.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.Codes;
import vn.motcua.problem.SupportedDates;

/**
 * Bodies of the transition endpoints. Bean Validation checks each field's shape (400 naming it);
 * {@link TransitionRules} checks what depends on several fields and normalises the text.
 */
public final class Requests {

    static final int MAX_NOTE = 2000;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 500;
    private static final String TOO_LONG = "must be at most " + MAX_NOTE + " characters";

    private Requests() {
    }

    @Schema(name = "TransitionNote")
    public record Note(@Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(maxLength = MAX_NOTE, examples = "Đã báo cho người nộp qua điện thoại") String note) {
    }

    @Schema(name = "SupplementRequest")
    public record Supplement(
            @NotEmpty(message = "list at least one missing item")
            @Size(max = MAX_ITEMS, message = "at most " + MAX_ITEMS + " items")
            @Schema(description = "The missing or incomplete items, 1–50, each at most 500 characters",
                    required = true, examples = "[\"Giấy chứng sinh bản chính\"]")
            List<@NotBlank(message = "must not be blank")
                    @Size(max = MAX_ITEM, message = "must be at most " + MAX_ITEM + " characters") String> missingItems,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(maxLength = MAX_NOTE, examples = "Đã gọi điện báo người nộp") String note,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "Why the supplement received was not enough: required for the second request "
                    + "(422 without it), optional for the first; a third request is refused (409)",
                    maxLength = MAX_NOTE, examples = "Bản sao giấy chứng sinh đã nộp không có chứng thực")
            String reason) {
    }

    @Schema(name = "Resolution")
    public record Resolve(
            @NotBlank(message = "is required: APPROVED or REJECTED")
            @Pattern(regexp = "APPROVED|REJECTED", message = "must be APPROVED or REJECTED")
            @Schema(enumeration = {"APPROVED", "REJECTED"}, required = true) String outcome,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "Required when REJECTED, absent when APPROVED", maxLength = MAX_NOTE,
                    examples = "Giấy chứng sinh không khớp với tờ khai") String reason,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(maxLength = MAX_NOTE, examples = "Đã trình lãnh đạo xã ký") String note) {
    }

    @Schema(name = "Refusal")
    public record Refuse(@NotBlank(message = "is required") @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(required = true, maxLength = MAX_NOTE,
                    examples = "Người nộp không xuất trình được giấy tờ tùy thân") String reason) {
    }

    @Schema(name = "Withdrawal")
    public record Withdraw(@NotBlank(message = "is required") @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "The applicant's request", required = true, maxLength = MAX_NOTE,
                    examples = "Người nộp có đơn xin rút hồ sơ ngày 16/07/2026") String note) {
    }

    @Schema(name = "Transfer")
    public record Transfer(
            @Pattern(regexp = Codes.UNIT_CODE, message = "must be an electronic unit code like 000.20.20.H26")
            @Schema(description = "The unit to hand the dossier to. Absent: the dossier's resolving unit. Another "
                    + "unit must be competent to resolve the procedure (422 naming unitCode otherwise) and then "
                    + "resolves the dossier", examples = "000.03.00.H26") String unitCode,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(maxLength = MAX_NOTE, examples = "Chuyển Sở Nông nghiệp và Môi trường thẩm định") String note) {
    }

    @Schema(name = "Apology")
    public record Apology(
            @NotBlank(message = "is required")
            @Schema(description = "New appointment date (ISO-8601), a working day after today, within "
                    + SupportedDates.RANGE + "; with an extension not before newDueDate", required = true,
                    examples = "2026-12-01") String appointmentDate,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "The letter's text or reference", maxLength = MAX_NOTE,
                    examples = "Thư xin lỗi số 12/TXL-UBND") String note,
            @Schema(description = "Optional request to extend the time (form 04): the new due date (ISO-8601), a "
                    + "working day after today and after the due date in force, of a dossier not yet resolved. The "
                    + "dossier becomes due then; timeliness stays measured against the due date before the first "
                    + "extension (originalDueAt), so the dossier stays late", examples = "2026-12-01")
            String newDueDate,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "Why the time must be extended: required with newDueDate, only with it",
                    maxLength = MAX_NOTE, examples = "Phải xác minh thông tin với UBND xã nơi cư trú trước đây")
            String reason) {
    }

    @Schema(name = "Stop")
    public record Stop(@NotBlank(message = "is required") @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(description = "Why processing is stopped, as the notice (form 05) states it", required = true,
                    maxLength = MAX_NOTE, examples = "Người nộp không bổ sung hồ sơ trong thời hạn yêu cầu")
            String reason,
            @Size(max = MAX_NOTE, message = TOO_LONG)
            @Schema(maxLength = MAX_NOTE, examples = "Thông báo số 05/TB-UBND") String note) {
    }
}
