package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingCalendarTest {

    @Inject
    WorkingCalendar calendar;

    @Inject
    CalendarSchedules schedules;

    private static OffsetDateTime at(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset);
    }

    @Test
    void aSetScheduleIsReadAndItsChangeIsSeenAtOnce() {
        // 2036-09-01 is a Monday, 2036-09-06 a Saturday
        schedules.setOfficial(2036, List.of(
                new ScheduleDay(LocalDate.of(2036, 9, 1), DayKind.HOLIDAY, "Quốc khánh (ngày liền kề)"),
                new ScheduleDay(LocalDate.of(2036, 9, 2), DayKind.HOLIDAY, "Quốc khánh"),
                new ScheduleDay(LocalDate.of(2036, 9, 6), DayKind.WORKING_DAY, "Làm bù")), "test");
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 9, 6))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 9, 7))).isFalse();
        // received Friday 29 Aug: Sat 30, Sun 31, Mon 1 and Tue 2 off; Wed 3 is day 1, Sat 6 day 4
        assertThat(calendar.dueDate(at("2036-08-29T10:00:00+07:00"), 4)).isEqualTo(LocalDate.of(2036, 9, 6));

        schedules.setOfficial(2036, List.of(
                new ScheduleDay(LocalDate.of(2036, 9, 2), DayKind.HOLIDAY, "Quốc khánh"),
                new ScheduleDay(LocalDate.of(2036, 9, 3), DayKind.HOLIDAY, "Quốc khánh (ngày liền kề)")), "test");
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 9, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2036, 9, 6))).isFalse();
        assertThat(calendar.dueDate(at("2036-08-29T10:00:00+07:00"), 4)).isEqualTo(LocalDate.of(2036, 9, 8));
    }

    @Test
    void theIntakeDayIsTheBusinessDateInVietnam() {
        // 2036-03-06 is a Thursday; 18:30 UTC on the 6th is already Friday 7 in Hanoi
        assertThat(calendar.dueDate(at("2036-03-06T18:30:00Z"), 0)).isEqualTo(LocalDate.of(2036, 3, 7));
        assertThat(calendar.dueDate(at("2036-03-06T18:30:00Z"), 1)).isEqualTo(LocalDate.of(2036, 3, 10));
        assertThat(calendar.dueDate(at("2036-03-06T16:59:00Z"), 1)).isEqualTo(LocalDate.of(2036, 3, 7));
        assertThat(calendar.dueAt(at("2036-03-06T16:59:00Z"), 1)).isEqualTo(at("2036-03-07T17:00:00+07:00"));
        assertThatThrownBy(() -> calendar.dueDate(at("2036-03-06T16:59:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
