package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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

    @Inject
    AgroalDataSource dataSource;

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
    void aScheduleAnotherInstanceSetsCountsHereWithinASecond() throws SQLException {
        // 2039-09-12 is a Monday, a working day in the computed default
        LocalDate monday = LocalDate.of(2039, 9, 12);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        // another instance sets 2039 (here: written straight into the database, as that instance would)
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into calendar_year (year, updated_by) values (2039, 'instance-2')");
            sql.execute("insert into calendar_day (day, year, kind, name) "
                    + "values (date '2039-09-12', 2039, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù')");
        }
        await().atMost(Duration.ofSeconds(3)).until(() -> !calendar.isWorkingDay(monday));
        assertThat(calendar.dueDate(at("2039-09-09T10:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2039, 9, 13));
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

    // --- the official schedules seeded by V2 (2024, 2025, 2026) -----------------------------------------------

    @Test
    void fiveWorkingDaysReceivedOnTheFridayBeforeTet2025() {
        // Fri 24 Jan 2025; off Sat 25 Jan – Sun 2 Feb (Tết 27–31 Jan); days 1–5 are Mon 3 – Fri 7 Feb
        assertThat(calendar.dueDate(at("2025-01-24T10:30:00+07:00"), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(calendar.dueAt(at("2025-01-24T10:30:00+07:00"), 5)).isEqualTo(at("2025-02-07T17:00:00+07:00"));
        assertThat(calendar.dueDate(at("2025-01-24T16:59:00+07:00"), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
    }

    @Test
    void acrossTet2024WithItsCompensatoryDays() {
        // off Thu 8 – Wed 14 Feb 2024 (5 Tết days and 2 compensatory days)
        assertThat(calendar.dueDate(at("2024-02-07T09:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(calendar.dueDate(at("2024-02-02T09:00:00+07:00"), 5)).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 14))).isFalse();
    }

    @Test
    void acrossTet2026() {
        // Fri 13 Feb 2026; off Sat 14 – Sun 22 Feb (Tết 16–20 Feb); days 1–5 are Mon 23 – Fri 27 Feb
        assertThat(calendar.dueDate(at("2026-02-13T16:00:00+07:00"), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void acrossAWeekend() {
        // Fri 14 Mar 2025 → Mon 17, Tue 18, Wed 19
        assertThat(calendar.dueDate(at("2025-03-14T08:00:00+07:00"), 3)).isEqualTo(LocalDate.of(2025, 3, 19));
        // received online on Saturday 1 Mar 2025: day 1 is Monday 3 Mar; 0 days is the intake day itself
        assertThat(calendar.dueDate(at("2025-03-01T20:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(calendar.dueDate(at("2025-03-01T20:00:00+07:00"), 0)).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aSwappedWorkingSaturdayCounts() {
        // 2025: Sat 26 Apr is worked for Fri 2 May; 30 Apr – 4 May off
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.dueDate(at("2025-04-24T10:00:00+07:00"), 2)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.dueDate(at("2025-04-24T10:00:00+07:00"), 5)).isEqualTo(LocalDate.of(2025, 5, 5));
        // 2024: Mon 29 Apr off, Sat 4 May worked; from Fri 26 Apr: Thu 2, Fri 3, Sat 4 May
        assertThat(calendar.dueDate(at("2024-04-26T10:00:00+07:00"), 3)).isEqualTo(LocalDate.of(2024, 5, 4));
        // 2026: Sat 22 Aug worked for Mon 31 Aug; Sat 10 Jan worked for Fri 2 Jan
        assertThat(calendar.dueDate(at("2026-08-21T10:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2026, 8, 22));
        assertThat(calendar.dueDate(at("2026-01-06T10:00:00+07:00"), 5)).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void acrossTheTurnOfAYear() {
        // Wed 31 Dec 2025 → 1 Jan holiday, 2 Jan swapped off, weekend: day 1 is Monday 5 Jan 2026
        assertThat(calendar.dueDate(at("2025-12-31T15:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aYearNotSetUsesTheComputedDefault() {
        // 2030 (not set): Tết on Sat 2 Feb, holidays Fri 1 – Tue 5 Feb, compensatory Wed 6 and Thu 7 Feb
        assertThat(calendar.dueDate(at("2030-01-31T10:00:00+07:00"), 1)).isEqualTo(LocalDate.of(2030, 2, 8));
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 7))).isFalse();
    }

    @Test
    void workingDaysBetween() {
        assertThat(calendar.workingDaysBetween(at("2025-01-24T10:30:00+07:00"), at("2025-02-07T09:00:00+07:00")))
                .isEqualTo(5);
        assertThat(calendar.workingDaysBetween(at("2025-01-24T10:30:00+07:00"), at("2025-02-02T23:00:00+07:00")))
                .isZero();
        // same business day, and earlier
        assertThat(calendar.workingDaysBetween(at("2025-03-14T08:00:00+07:00"), at("2025-03-14T16:00:00+07:00")))
                .isZero();
        assertThat(calendar.workingDaysBetween(at("2025-03-19T08:00:00+07:00"), at("2025-03-14T16:00:00+07:00")))
                .isZero();
        // Thu 24 Apr → Mon 5 May 2025: Fri 25, Sat 26 (swapped), Mon 28, Tue 29, Mon 5 May
        assertThat(calendar.workingDaysBetween(at("2025-04-24T10:00:00+07:00"), at("2025-05-05T10:00:00+07:00")))
                .isEqualTo(5);
        // across years: 5, 6, 7, 8, 9, Sat 10 (swapped), 12 Jan 2026
        assertThat(calendar.workingDaysBetween(at("2025-12-31T10:00:00+07:00"), at("2026-01-12T10:00:00+07:00")))
                .isEqualTo(7);
        // business dates in Vietnam: 17:30 UTC on Thu 13 Mar is already Fri 14 Mar
        assertThat(calendar.workingDaysBetween(at("2025-03-13T17:30:00Z"), at("2025-03-17T01:00:00Z"))).isEqualTo(1);
    }

    @Test
    void dueDateAndWorkingDaysBetweenAgree() {
        OffsetDateTime received = at("2025-01-20T09:00:00+07:00");
        for (int days = 1; days <= 300; days++) {
            LocalDate due = calendar.dueDate(received, days);
            assertThat(calendar.isWorkingDay(due)).as("%d", days).isTrue();
            assertThat(calendar.workingDaysBetween(received, due.atTime(12, 0).atOffset(java.time.ZoneOffset.ofHours(7))))
                    .as("%d", days).isEqualTo(days);
        }
    }
}
