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
        @Schema(examples = "3") long responses,
        @Schema(examples = "2") long dossierResponses,
        @Schema(examples = "1") long kioskResponses,
        @Schema(examples = "5") long surveysOpened,
        @Schema(examples = "2") long surveysAnswered,
        @Schema(description = "surveysAnswered / surveysOpened, percent; null when none opened", examples = "40.0")
        BigDecimal responseRatePercent,
        Satisfaction overall,
        List<GroupResult> groups,
        List<QuestionResult> questions) {

    @Schema(name = "SurveyResultsFilter", description = "The filter the results answer; includeSubUnits is null "
            + "without a unit")
    public record Filter(
            @Schema(examples = "000.00.63.H26") String unit,
            @Schema(examples = "true") Boolean includeSubUnits,
            @Schema(examples = "1.001193") String procedure,
            @Schema(examples = "IN_PERSON") String channel,
            @Schema(examples = "2026-07-01") LocalDate from,
            @Schema(examples = "2026-09-30") LocalDate to) {
    }

    public record Satisfaction(
            @Schema(examples = "36") long answers,
            @Schema(description = "answers scored 4 or 5", examples = "29") long satisfied,
            @Schema(description = "satisfied / answers, percent; null without answers", examples = "80.6")
            BigDecimal satisfactionIndex) {
    }

    public record GroupResult(
            @Schema(examples = "ACCESS") String group,
            @Schema(examples = "12") long answers,
            @Schema(examples = "10") long satisfied,
            @Schema(examples = "83.3") BigDecimal satisfactionIndex) {
    }

    @Schema(description = "distribution: counts of scores 1, 2, 3, 4, 5 in that order")
    public record QuestionResult(
            @Schema(examples = "ACCESS_1") String question,
            @Schema(examples = "ACCESS") String group,
            @Schema(examples = "3") long answers,
            @Schema(examples = "2") long satisfied,
            @Schema(examples = "66.7") BigDecimal satisfactionIndex,
            @Schema(example = "[0, 0, 1, 1, 1]") List<Long> distribution) {
    }
}
