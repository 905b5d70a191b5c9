package vn.motcua.survey.results;

import java.math.BigDecimal;

/** The results as CSV (RFC 4180, comma, CRLF): one row overall, one per group, one per question. Pure. */
public final class ResultsCsv {

    public static final String HEADER = "scope,group,question,answers,satisfied,satisfactionIndex,"
            + "score1,score2,score3,score4,score5,responses,surveysOpened,surveysAnswered,responseRatePercent";

    private ResultsCsv() {
    }

    public static String write(SurveyResults r) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        row(csv, "OVERALL", "", "", r.overall().answers(), r.overall().satisfied(), r.overall().satisfactionIndex(),
                "," + "," + "," + ",", r.responses() + "," + r.surveysOpened() + "," + r.surveysAnswered() + ","
                        + text(r.responseRatePercent()));
        for (SurveyResults.GroupResult g : r.groups()) {
            row(csv, "GROUP", g.group(), "", g.answers(), g.satisfied(), g.satisfactionIndex(), ",,,,", ",,,");
        }
        for (SurveyResults.QuestionResult q : r.questions()) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < q.distribution().size(); i++) {
                d.append(i == 0 ? "" : ",").append(q.distribution().get(i));
            }
            row(csv, "QUESTION", q.group(), q.question(), q.answers(), q.satisfied(), q.satisfactionIndex(),
                    d.toString(), ",,,");
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String scope, String group, String question, long answers,
            long satisfied, BigDecimal index, String distribution, String totals) {
        csv.append(scope).append(',').append(group).append(',').append(question).append(',').append(answers)
                .append(',').append(satisfied).append(',').append(text(index)).append(',').append(distribution)
                .append(',').append(totals).append("\r\n");
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
