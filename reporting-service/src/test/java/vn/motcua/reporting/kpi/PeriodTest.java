package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.SupportedDates;

class PeriodTest {

    @Test
    void coversWholeBusinessDaysInVietnam() {
        Period period = Period.parse("2026-01-01", "2026-06-30");
        assertThat(period.start()).hasToString("2026-01-01T00:00+07:00");
        assertThat(period.end()).hasToString("2026-07-01T00:00+07:00");
    }

    @Test
    void namesEveryMissingOrMalformedEnd() {
        assertThatThrownBy(() -> Period.parse(null, "2026-13-01"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("from", "to"));
        assertThatThrownBy(() -> Period.parse("01/02/2026", "2026-03-01"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("from"));
    }

    @Test
    void rejectsInvertedAndOverlongPeriods() {
        assertThatThrownBy(() -> Period.parse("2026-02-01", "2026-01-31"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> Period.parse("2021-01-01", "2026-01-01"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
        assertThat(Period.parse("2021-01-02", "2026-01-01").from()).isEqualTo(LocalDate.of(2021, 1, 2));
    }

    @Test
    void bothEndsAreSupportedDates() {
        Period last = Period.parse("2999-12-27", "2999-12-31");
        assertThat(last.end()).hasToString("3000-01-01T00:00+07:00");
        // Vietnam's zone had its local mean time then (+07:06:30): still midnight of that day
        assertThat(Period.parse("1900-01-01", "1900-01-01").start().toLocalDateTime())
                .hasToString("1900-01-01T00:00");
        assertThatThrownBy(() -> Period.parse("9999-12-30", "9999-12-31"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("from", SupportedDates.MESSAGE),
                                new FieldError("to", SupportedDates.MESSAGE)));
        assertThatThrownBy(() -> Period.parse("-999999999-01-01", "1900-01-01"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("from", SupportedDates.MESSAGE)));
    }
}
