package vn.motcua.survey.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.survey.questionnaire.QuestionnaireView;

@Schema(name = "Survey", description = "A dossier's survey as its token holder sees it; no personal data")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyView(
        @Schema(examples = SurveyResource.TOKEN_EXAMPLE) String token,
        SurveyState state,
        @Schema(examples = "000.00.63.H26") String unitCode,
        @Schema(examples = "UBND xã Bát Tràng") String unitName,
        @Schema(examples = "1.001193") String procedureCode,
        @Schema(examples = "Thủ tục đăng ký khai sinh") String procedureName,
        @Schema(examples = "IN_PERSON", enumeration = {"IN_PERSON", "ONLINE", "POSTAL"}) String channel,
        OffsetDateTime openedAt,
        OffsetDateTime closesAt,
        OffsetDateTime answeredAt,
        @Schema(description = "The version to answer: current when the survey opened; absent before", examples = "1")
        Integer
                questionnaireVersion,
        QuestionnaireView questionnaire) {
}
