package vn.motcua.survey.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.survey.questionnaire.QuestionnaireView;

@Schema(name = "Survey", description = "A dossier's survey as its token holder sees it; no personal data")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyView(
        String token,
        SurveyState state,
        String unitCode,
        String unitName,
        String procedureCode,
        String procedureName,
        String channel,
        OffsetDateTime openedAt,
        OffsetDateTime closesAt,
        OffsetDateTime answeredAt,
        @Schema(description = "The version to answer: current when the survey opened; absent before") Integer
                questionnaireVersion,
        QuestionnaireView questionnaire) {
}
