package vn.motcua.survey.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyResults", description = "Satisfaction (share of answers 4–5, percent with one decimal rounded "
        + "half up) per group and overall, response counts, response rate and the distribution per question")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SurveyResults(
        Filter filter,
        long responses,
        long dossierResponses,
        long kioskResponses,
        long surveysOpened,
        long surveysAnswered,
        @Schema(description = "surveysAnswered / surveysOpened, percent; null when none opened") BigDecimal
                responseRatePercent,
        Satisfaction overall,
        List<GroupResult> groups,
        List<QuestionResult> questions) {

    @Schema(name = "SurveyResultsFilter", description = "The filter the results answer; includeSubUnits is null "
            + "without a unit")
    public record Filter(String unit, Boolean includeSubUnits, String procedure, String channel, LocalDate from,
            LocalDate to) {
    }

    public record Satisfaction(long answers, long satisfied, BigDecimal satisfactionIndex) {
    }

    public record GroupResult(String group, long answers, long satisfied, BigDecimal satisfactionIndex) {
    }

    @Schema(description = "distribution: counts of scores 1, 2, 3, 4, 5 in that order")
    public record QuestionResult(String question, String group, long answers, long satisfied,
            BigDecimal satisfactionIndex, List<Long> distribution) {
    }
}
