package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultScheduleTest {

    private final DefaultSchedule schedule = DefaultSchedule.vietnam();

    private static String render(List<ScheduleDay> days) {
        return days.stream().map(day -> day.date() + " " + day.kind()).collect(Collectors.joining("\n"));
    }

    @Test
    void year2026FollowsTheUsualPatternWhichTheGovernmentAlsoChose() {
        // The official 2026 schedule has the same holidays plus two swaps (2 Jan ↔ 10 Jan, 31 Aug ↔ 22 Aug),
        // which are never computed.
        assertThat(render(schedule.of(2026))).isEqualTo("""
                2026-01-01 HOLIDAY
                2026-02-16 HOLIDAY
                2026-02-17 HOLIDAY
                2026-02-18 HOLIDAY
                2026-02-19 HOLIDAY
                2026-02-20 HOLIDAY
                2026-04-26 HOLIDAY
                2026-04-27 COMPENSATORY_DAY_OFF
                2026-04-30 HOLIDAY
                2026-05-01 HOLIDAY
                2026-09-01 HOLIDAY
                2026-09-02 HOLIDAY""");
    }

    @Test
    void holidaysOnAWeekendGiveTheNextFreeWeekdayOff() {
        // 2023: Tết on Sunday 22 Jan, so the lunar year's last day (Sat 21) and mùng 1 (Sun 22) fall on the weekend:
        // the days off move past the Tết holidays to Thu 26 and Fri 27. Hùng Kings day (Sat 29 Apr) and 30 Apr
        // (Sun) give Tue 2 and Wed 3 May (Mon 1 May is itself a holiday) — 29 Apr to 3 May off, as the government
        // announced. 2 Sep is a Saturday: the adjacent day is Fri 1 Sep, and Mon 4 Sep is off (1–4 Sep, as announced).
        assertThat(render(schedule.of(2023))).isEqualTo("""
                2023-01-01 HOLIDAY
                2023-01-02 COMPENSATORY_DAY_OFF
                2023-01-21 HOLIDAY
                2023-01-22 HOLIDAY
                2023-01-23 HOLIDAY
                2023-01-24 HOLIDAY
                2023-01-25 HOLIDAY
                2023-01-26 COMPENSATORY_DAY_OFF
                2023-01-27 COMPENSATORY_DAY_OFF
                2023-04-29 HOLIDAY
                2023-04-30 HOLIDAY
                2023-05-01 HOLIDAY
                2023-05-02 COMPENSATORY_DAY_OFF
                2023-05-03 COMPENSATORY_DAY_OFF
                2023-09-01 HOLIDAY
                2023-09-02 HOLIDAY
                2023-09-04 COMPENSATORY_DAY_OFF""");
        // 2022: Hùng Kings day on Sunday 10 Apr → Mon 11 Apr; 30 Apr and 1 May on the weekend → Mon 2 and Tue 3 May,
        // as the government announced.
        assertThat(schedule.of(2022)).filteredOn(day -> day.kind() == DayKind.COMPENSATORY_DAY_OFF)
                .extracting(ScheduleDay::date)
                .contains(LocalDate.of(2022, 4, 11), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
    }

    @Test
    void nationalDayTakesTheAdjacentDayTheGovernmentChose() {
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2021, 9, 2))).isEqualTo(LocalDate.of(2021, 9, 3));
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2022, 9, 2))).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2023, 9, 2))).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2024, 9, 2))).isEqualTo(LocalDate.of(2024, 9, 3));
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2025, 9, 2))).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(DefaultSchedule.nationalDayAdjacent(LocalDate.of(2026, 9, 2))).isEqualTo(LocalDate.of(2026, 9, 1));
        // 2029: 2 Sep is a Sunday → Monday 3 Sep is the adjacent day and Tuesday 4 Sep the day off in compensation
        assertThat(render(schedule.of(2029).stream().filter(day -> day.date().getMonthValue() == 9).toList()))
                .isEqualTo("""
                        2029-09-02 HOLIDAY
                        2029-09-03 HOLIDAY
                        2029-09-04 COMPENSATORY_DAY_OFF""");
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFirstFourOfTheNext() {
        // 2030: Tết on 2 Feb in Vietnam (3 Feb in China)
        assertThat(schedule.of(2030)).filteredOn(day -> day.date().getMonthValue() <= 2 && day.kind() == DayKind.HOLIDAY)
                .extracting(ScheduleDay::date)
                .containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 2),
                        LocalDate.of(2030, 2, 3), LocalDate.of(2030, 2, 4), LocalDate.of(2030, 2, 5));
    }

    @Test
    void everyComputedYearHasTheElevenHolidaysAndPassesTheScheduleRules() {
        for (int year = ScheduleRules.FIRST_YEAR; year <= ScheduleRules.LAST_YEAR; year++) {
            List<ScheduleDay> days = schedule.of(year);
            assertThat(ScheduleRules.violations(year, days)).as("%d", year).isEmpty();
            assertThat(days).as("%d", year).filteredOn(day -> day.kind() == DayKind.HOLIDAY).hasSize(11);
            assertThat(days).as("%d", year).allSatisfy(day -> assertThat(day.name()).isNotBlank());
            assertThat(days).as("%d", year).extracting(ScheduleDay::date).isSorted();
            int weekendHolidays = (int) days.stream()
                    .filter(day -> day.kind() == DayKind.HOLIDAY && DefaultSchedule.isWeekend(day.date())).count();
            assertThat(days).as("%d", year).filteredOn(day -> day.kind() == DayKind.COMPENSATORY_DAY_OFF)
                    .hasSize(weekendHolidays);
        }
    }
}
