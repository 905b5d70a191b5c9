package vn.motcua.dossier.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.SupportedDates;

/** Bodies of the transition endpoints and their validation (400 naming each bad field). */
public final class Requests {

    static final int MAX_NOTE = 2000;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 500;

    private Requests() {
    }

    @Schema(name = "TransitionNote")
    public record Note(@Schema(maxLength = MAX_NOTE, examples = "Đã báo cho người nộp qua điện thoại") String note) {
    }

    @Schema(name = "SupplementRequest")
    public record Supplement(
            @Schema(description = "The missing or incomplete items, 1–50, each at most 500 characters",
                    required = true, examples = "[\"Giấy chứng sinh bản chính\"]") List<String> missingItems,
            @Schema(maxLength = MAX_NOTE, examples = "Đã gọi điện báo người nộp") String note) {
    }

    @Schema(name = "Resolution")
    public record Resolve(@Schema(enumeration = {"APPROVED", "REJECTED"}, required = true) String outcome,
            @Schema(description = "Required when REJECTED, absent when APPROVED", maxLength = MAX_NOTE,
                    examples = "Giấy chứng sinh không khớp với tờ khai") String reason,
            @Schema(maxLength = MAX_NOTE, examples = "Đã trình lãnh đạo xã ký") String note) {
    }

    @Schema(name = "Refusal")
    public record Refuse(@Schema(required = true, maxLength = MAX_NOTE,
            examples = "Người nộp không xuất trình được giấy tờ tùy thân") String reason) {
    }

    @Schema(name = "Withdrawal")
    public record Withdraw(@Schema(description = "The applicant's request", required = true, maxLength = MAX_NOTE,
            examples = "Người nộp có đơn xin rút hồ sơ ngày 16/07/2026") String note) {
    }

    @Schema(name = "Apology")
    public record Apology(
            @Schema(description = "New appointment date (ISO-8601), after today, within "
                    + SupportedDates.RANGE, required = true,
                    examples = "2026-12-01") String appointmentDate,
            @Schema(description = "The letter's text or reference", maxLength = MAX_NOTE,
                    examples = "Thư xin lỗi số 12/TXL-UBND") String note) {
    }

    /** Collects field errors; {@link #check()} throws a 400 listing them all. */
    static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        Errors add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        String optional(String field, String value) {
            if (value == null) {
                return null;
            }
            String trimmed = value.strip();
            if (trimmed.length() > MAX_NOTE) {
                add(field, "must be at most " + MAX_NOTE + " characters");
            }
            return trimmed.isEmpty() ? null : trimmed;
        }

        String required(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "is required");
                return null;
            }
            return optional(field, value);
        }

        LocalDate date(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "is required");
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.strip());
                if (!SupportedDates.contains(date)) {
                    add(field, SupportedDates.MESSAGE);
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                add(field, "must be a date like 2026-12-01");
                return null;
            }
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, String.join("; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
            }
        }
    }
}
