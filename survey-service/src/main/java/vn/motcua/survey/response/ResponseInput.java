package vn.motcua.survey.response;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers to a questionnaire version; checked by {@link AnswerRules} so every error names its field. */
@Schema(name = "ResponseInput", description = "Every required question once, scores 1–5, an optional comment of at "
        + "most 1,000 characters")
public record ResponseInput(
        @Schema(examples = "1") Integer questionnaireVersion,
        List<AnswerInput> answers,
        @Schema(maxLength = 1000, examples = "Cán bộ hướng dẫn tận tình") String comment) {

    @Schema(name = "AnswerInput")
    public record AnswerInput(@Schema(examples = "ACCESS_1") String question,
            @Schema(minimum = "1", maximum = "5", examples = "4") Integer score) {
    }
}
