package vn.motcua.reporting.report.chart;

import java.util.List;
import java.util.Locale;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** The charts offered, by their path name. */
public enum ChartKind {
    MONTHLY_VOLUME("monthly-volume"),
    ON_TIME_RATE("on-time-rate"),
    CHANNEL_MIX("channel-mix"),
    SATISFACTION_BY_GROUP("satisfaction-by-group");

    private final String path;

    ChartKind(String path) {
        this.path = path;
    }

    public static ChartKind of(String path) {
        for (ChartKind kind : values()) {
            if (kind.path.equals(path.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "chart: no chart named " + path, List.of(new FieldError(
                "chart", "one of monthly-volume, on-time-rate, channel-mix, satisfaction-by-group")));
    }
}
