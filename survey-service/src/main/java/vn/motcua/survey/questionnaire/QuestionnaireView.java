package vn.motcua.survey.questionnaire;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Questionnaire", description = "A published questionnaire version, in Vietnamese and English")
public record QuestionnaireView(
        @Schema(examples = "1") int version,
        OffsetDateTime publishedAt,
        @Schema(example = QuestionnaireDefinition.TITLE_EXAMPLE) LocalizedText title,
        List<QuestionnaireDefinition.AnswerOption> scale,
        List<QuestionnaireDefinition.QuestionGroup> groups) {
}
