package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;

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
}
