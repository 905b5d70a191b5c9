package vn.motcua.survey.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The content of one questionnaire version: title, answer scale and question groups. */
public record QuestionnaireDefinition(
        @Schema(example = TITLE_EXAMPLE) @NotNull @Valid LocalizedText title,
        @NotNull @Size(min = 5, max = 5) List<@Valid @NotNull AnswerOption> scale,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull QuestionGroup> groups) {

    /** The title of version 1, the questionnaire every installation starts with. */
    static final String TITLE_EXAMPLE = "{\"vi\": \"Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ "
            + "của cơ quan hành chính nhà nước\", \"en\": \"Citizen and business satisfaction with the service of "
            + "public administration\"}";

    /** One point of the 1–5 scale. */
    public record AnswerOption(
            @Schema(example = "4") @Min(1) @Max(5) int value,
            @Schema(example = "{\"vi\": \"Hài lòng\", \"en\": \"Satisfied\"}") @NotNull @Valid LocalizedText label) {
    }

    /** A SIPAS factor group; satisfaction is reported per group. */
    public record QuestionGroup(
            @Schema(example = "ACCESS") @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
            @Schema(example = "{\"vi\": \"Tiếp cận dịch vụ\", \"en\": \"Access to the service\"}") @NotNull @Valid
            LocalizedText name,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull Question> questions) {
    }

    public record Question(
            @Schema(example = "ACCESS_1") @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
            @Schema(example = "{\"vi\": \"Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi\", \"en\": \"The waiting "
                    + "area of the one-stop desk had enough seats\"}") @NotNull @Valid LocalizedText text,
            @Schema(example = "true") boolean required) {
    }
}
