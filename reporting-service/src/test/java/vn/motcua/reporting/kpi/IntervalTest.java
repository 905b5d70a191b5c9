package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.ProblemException;

class IntervalTest {

    private static List<String> labels(Interval interval, String from, String to) {
        return interval.buckets(Period.parse(from, to)).stream().map(Bucket::label).toList();
    }

    @Test
    void bucketsFollowTheCalendarAndAreCutToThePeriod() {
        assertThat(labels(Interval.DAY, "2026-02-27", "2026-03-02"))
                .containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02");
        assertThat(labels(Interval.WEEK, "2026-01-01", "2026-01-12"))
                .containsExactly("2026-W01", "2026-W02", "2026-W03");
        assertThat(labels(Interval.MONTH, "2026-01-15", "2026-03-10"))
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(labels(Interval.QUARTER, "2025-11-01", "2026-04-01"))
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(labels(Interval.HALF_YEAR, "2025-03-01", "2026-12-31"))
                .containsExactly("2025-H1", "2025-H2", "2026-H1", "2026-H2");
        assertThat(labels(Interval.YEAR, "2024-06-01", "2026-01-01")).containsExactly("2024", "2025", "2026");

        List<Bucket> months = Interval.MONTH.buckets(Period.parse("2026-01-15", "2026-03-10"));
        assertThat(months.get(0).from()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(months.get(0).to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(months.get(1).to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(months.get(2).to()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(months.get(1).start()).hasToString("2026-02-01T00:00+07:00");
        // ISO week 1 of 2026 starts on Monday 29 December 2025: the first bucket is cut to 1 January
        assertThat(Interval.WEEK.buckets(Period.parse("2026-01-01", "2026-01-12")).get(0).to())
                .isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void tooManyPointsOrAnUnknownIntervalNameTheInterval() {
        assertThatThrownBy(() -> Interval.DAY.buckets(Period.parse("2025-01-01", "2026-12-31")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("interval"));
        assertThatThrownBy(() -> Interval.parse("FORTNIGHT", Interval.MONTH))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("interval"));
        assertThat(Interval.parse(null, Interval.MONTH)).isEqualTo(Interval.MONTH);
    }
}
