package vn.motcua.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    private static final SurveyResults.Filter NO_FILTER = new SurveyResults.Filter(null, null, null, null, null, null);

    @Test
    void oneRowOverallThenPerGroupThenPerQuestionWithCrLf() {
        SurveyResults results = new SurveyResults(NO_FILTER, 3, 2, 1, 5, 2, new BigDecimal("40.0"),
                new SurveyResults.Satisfaction(36, 29, new BigDecimal("80.6")),
                List.of(new SurveyResults.GroupResult("ACCESS", 12, 10, new BigDecimal("83.3"))),
                List.of(new SurveyResults.QuestionResult("ACCESS_1", "ACCESS", 3, 2, new BigDecimal("66.7"),
                        List.of(0L, 0L, 1L, 1L, 1L))));
        assertThat(ResultsCsv.write(results)).isEqualTo(ResultsCsv.HEADER + "\r\n"
                + "OVERALL,,,36,29,80.6,,,,,,3,5,2,40.0\r\n"
                + "GROUP,ACCESS,,12,10,83.3,,,,,,,,,\r\n"
                + "QUESTION,ACCESS,ACCESS_1,3,2,66.7,0,0,1,1,1,,,,\r\n");
    }

    @Test
    void emptyIndexesStayEmptyAndCellsThatNeedQuotesGetThem() {
        SurveyResults results = new SurveyResults(NO_FILTER, 0, 0, 0, 0, 0, null,
                new SurveyResults.Satisfaction(0, 0, null),
                List.of(new SurveyResults.GroupResult("A,\"B\"", 0, 0, null)), List.of());
        assertThat(ResultsCsv.write(results).split("\r\n", -1)).containsExactly(ResultsCsv.HEADER,
                "OVERALL,,,0,0,,,,,,,0,0,0,", "GROUP,\"A,\"\"B\"\"\",,0,0,,,,,,,,,,", "");
    }
}
