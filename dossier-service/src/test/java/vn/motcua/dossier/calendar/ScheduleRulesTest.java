package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.problem.FieldError;

class ScheduleRulesTest {

    @Test
    void officialScheduleOf2026IsConsistent() {
        List<ScheduleDay> days = List.of(
                new ScheduleDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch"),
                new ScheduleDay(LocalDate.of(2026, 1, 2), DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù"),
                new ScheduleDay(LocalDate.of(2026, 1, 10), DayKind.WORKING_DAY, "Làm bù"));
        assertThat(ScheduleRules.violations(2026, days)).isEmpty();
    }

    @Test
    void reportsEveryInconsistentDateByIndex() {
        List<ScheduleDay> days = List.of(
                new ScheduleDay(LocalDate.of(2025, 12, 31), DayKind.HOLIDAY, "wrong year"),
                new ScheduleDay(LocalDate.of(2026, 1, 5), DayKind.WORKING_DAY, "a Monday"),
                new ScheduleDay(LocalDate.of(2026, 1, 3), DayKind.COMPENSATORY_DAY_OFF, "a Saturday"),
                new ScheduleDay(LocalDate.of(2026, 1, 5), DayKind.HOLIDAY, "again"));
        assertThat(ScheduleRules.violations(2026, days)).extracting(FieldError::field)
                .containsExactly("days[0].date", "days[1].kind", "days[2].kind", "days[3].date");
    }
}
