package vn.motcua.dossier.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.dossier.core.ApplicantType;
import vn.motcua.dossier.core.Codes;
import vn.motcua.events.Channel;

/** {@code POST /api/v1/dossiers}: one application for one procedure at one unit. */
@Schema(name = "IntakeRequest")
public record IntakeRequest(
        @NotNull @Pattern(regexp = Codes.PROCEDURE_CODE, message = "must be a procedure code like 1.001193 or 1.000948.H38")
        @Schema(examples = "1.001193") String procedureCode,
        @NotNull @Pattern(regexp = Codes.UNIT_CODE, message = "must be an electronic unit code like 000.20.20.H26")
        @Schema(examples = "000.00.61.H26") String unitCode,
        @NotNull Channel channel,
        @NotNull @Valid Applicant applicant,
        @NotNull @Size(max = 50) List<Document> documents,
        @Size(max = 2000) @Schema(examples = "Nộp thay cho con, có giấy ủy quyền") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) // absent from the idempotency hash of requests without it
        @Pattern(regexp = Codes.UNIT_CODE, message = "must be an electronic unit code like 000.20.20.H26")
        @Schema(description = "The unit competent to resolve the dossier when another unit than the receiving one "
                + "resolves it (một cửa liên thông, Decree 118/2025/NĐ-CP), e.g. the applicant's commune. Absent: the "
                + "procedure's resolving agency if the catalog names one, else the receiving unit, or the receiving "
                + "service centre's parent. 422 naming it when that unit may not resolve the procedure, or naming "
                + "`unitCode` when your unit may not receive it for that unit.", examples = "000.00.63.H26")
        String resolvingUnitCode) {

    /** A request that names no resolving unit: the historical import's, whose dossiers were resolved where received. */
    public IntakeRequest(String procedureCode, String unitCode, Channel channel, Applicant applicant,
            List<Document> documents, String note) {
        this(procedureCode, unitCode, channel, applicant, documents, note, null);
    }

    /**
     * The applicant: personal data, kept in dossier-service only. A citizen gives a 12-digit citizen ID, an
     * organisation a tax code (10 digits, or 10-3 for a branch).
     */
    @Schema(name = "IntakeApplicant")
    public record Applicant(
            @NotNull ApplicantType type,
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Văn A") String name,
            @Schema(examples = "001090012345") String citizenId,
            @Schema(examples = "0101234567") String taxCode,
            @Size(max = 20)
            @Schema(description = "Vietnamese mobile (0912345678, +84912345678) or landline (02438251234)",
                    examples = "0912345678")
            String phone,
            @Size(max = 254) @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be an e-mail address")
            @Schema(examples = "nguyenvana@example.com") String email,
            @Size(max = 500) @Schema(examples = "Số 1 đường Ví Dụ, xã Gia Lâm, Hà Nội") String address) {
    }

    /**
     * A document submitted: the procedure's component by name (at most 500 characters), with how many originals
     * and copies (0–99 each, at least one document in all). Checked by {@link IntakeRules}, which names the
     * element ({@code documents[1].copies}).
     */
    @Schema(name = "IntakeDocument")
    public record Document(
            @Schema(required = true, maxLength = 500, examples = "Tờ khai đăng ký khai sinh") String component,
            @Schema(minimum = "0", maximum = "99", examples = "1") Integer originals,
            @Schema(minimum = "0", maximum = "99", examples = "0") Integer copies) {
    }
}
