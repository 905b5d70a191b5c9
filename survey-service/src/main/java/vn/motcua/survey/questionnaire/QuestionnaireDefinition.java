package vn.motcua.survey.questionnaire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The content of one questionnaire version: title, answer scale and question groups. */
public record QuestionnaireDefinition(
        @NotNull @Valid LocalizedText title,
        @NotNull @Size(min = 5, max = 5) List<@Valid @NotNull AnswerOption> scale,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull QuestionGroup> groups) {

    /** One point of the 1–5 scale. */
    public record AnswerOption(@Min(1) @Max(5) int value, @NotNull @Valid LocalizedText label) {
    }

    /** A SIPAS factor group; satisfaction is reported per group. */
    public record QuestionGroup(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
            @NotNull @Valid LocalizedText name,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull Question> questions) {
    }

    public record Question(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
            @NotNull @Valid LocalizedText text,
            boolean required) {
    }
}
