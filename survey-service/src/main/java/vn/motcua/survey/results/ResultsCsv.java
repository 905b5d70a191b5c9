package vn.motcua.survey.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results as CSV (RFC 4180: comma, CRLF, quotes only where a cell needs them): one row overall, one per
 * group, one per question. Pure.
 */
public final class ResultsCsv {

    public static final String HEADER = "scope,group,question,answers,satisfied,satisfactionIndex,"
            + "score1,score2,score3,score4,score5,responses,surveysOpened,surveysAnswered,responseRatePercent";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** The cells of the score and response columns on rows that have none. */
    private static final List<Object> NO_DISTRIBUTION = Collections.nCopies(5, "");
    private static final List<Object> NO_TOTALS = Collections.nCopies(4, "");

    private ResultsCsv() {
    }

    public static String write(SurveyResults r) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            SurveyResults.Satisfaction overall = r.overall();
            printer.printRecord(row("OVERALL", "", "", overall.answers(), overall.satisfied(),
                    overall.satisfactionIndex(), NO_DISTRIBUTION, List.of(r.responses(), r.surveysOpened(),
                            r.surveysAnswered(), text(r.responseRatePercent()))));
            for (SurveyResults.GroupResult g : r.groups()) {
                printer.printRecord(row("GROUP", g.group(), "", g.answers(), g.satisfied(), g.satisfactionIndex(),
                        NO_DISTRIBUTION, NO_TOTALS));
            }
            for (SurveyResults.QuestionResult q : r.questions()) {
                printer.printRecord(row("QUESTION", q.group(), q.question(), q.answers(), q.satisfied(),
                        q.satisfactionIndex(), q.distribution(), NO_TOTALS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static List<Object> row(String scope, String group, String question, long answers, long satisfied,
            BigDecimal index, List<?> distribution, List<?> totals) {
        List<Object> cells = new ArrayList<>(List.of(scope, group, question, answers, satisfied, text(index)));
        cells.addAll(distribution);
        cells.addAll(totals);
        return cells;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
