package vn.motcua.dossier.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schedule of a year whose official schedule has not been set: the public holidays of the Labour Code 2019
 * art. 112(1) with the days the government usually picks, plus a compensatory day off (art. 111(3)) for each holiday
 * falling on a Saturday or Sunday. Pure: no database, no clock.
 *
 * <ul>
 *   <li>Tết Dương lịch: 1 January.</li>
 *   <li>Tết Nguyên đán, 5 days: the last day of the lunar year and the first 4 days of the new one (the pattern
 *       of 2019, 2022 and 2026; the government often starts a day earlier: 29 tháng Chạp in 2020, 2021, 2023 and
 *       2024, 28 tháng Chạp in 2025, which is why a year's official schedule overrides this one).</li>
 *   <li>Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month.</li>
 *   <li>Ngày Chiến thắng 30 April and Quốc tế Lao động 1 May.</li>
 *   <li>Quốc khánh: 2 September plus one adjacent day (1 or 3 September), chosen as the government has since the
 *       second day was introduced in 2021: the adjacent weekday that joins the holiday to a weekend, else 1 September —
 *       Mon → 3 Sep (2024), Tue → 1 Sep (2025), Wed → 1 Sep (2026), Thu → 3 Sep (2021), Fri → 1 Sep (2022),
 *       Sat → 1 Sep (2023), Sun → 3 Sep.</li>
 *   <li>Nghỉ bù: for every holiday on a Saturday or Sunday, the next weekday that is neither a holiday nor already a
 *       compensatory day off.</li>
 * </ul>
 * Swaps (hoán đổi: a weekday off worked back on a Saturday) are decided each year and never computed.
 */
public final class DefaultSchedule {

    private final LunarCalendar lunar;

    public DefaultSchedule(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** With the Vietnamese lunar calendar (UTC+7). */
    public static DefaultSchedule vietnam() {
        return new DefaultSchedule(LunarCalendar.vietnam());
    }

    /** The listed days of a year (holidays and compensatory days off), sorted by date. */
    public List<ScheduleDay> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");

        LocalDate tet = lunar.lunarNewYear(year);
        holidays.put(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm Âm lịch)");
        for (int i = 0; i < 4; i++) {
            holidays.put(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
        }
        holidays.put(lunar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.put(nationalDay, "Quốc khánh (2/9)");
        holidays.put(nationalDayAdjacent(nationalDay), "Quốc khánh (ngày liền kề)");

        List<ScheduleDay> days = new ArrayList<>();
        holidays.forEach((date, name) -> days.add(new ScheduleDay(date, DayKind.HOLIDAY, name)));
        Map<LocalDate, String> compensatory = new TreeMap<>();
        holidays.forEach((date, name) -> {
            if (isWeekend(date)) {
                LocalDate off = date.plusDays(1);
                while (isWeekend(off) || holidays.containsKey(off) || compensatory.containsKey(off)) {
                    off = off.plusDays(1);
                }
                compensatory.put(off, "Nghỉ bù " + name + " trùng ngày nghỉ hằng tuần "
                        + MonthDay.from(date).getDayOfMonth() + "/" + date.getMonthValue());
            }
        });
        compensatory.forEach((date, name) -> {
            if (date.getYear() == year) {
                days.add(new ScheduleDay(date, DayKind.COMPENSATORY_DAY_OFF, name));
            }
        });
        days.sort(Comparator.comparing(ScheduleDay::date));
        return List.copyOf(days);
    }

    static LocalDate nationalDayAdjacent(LocalDate nationalDay) {
        return switch (nationalDay.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
