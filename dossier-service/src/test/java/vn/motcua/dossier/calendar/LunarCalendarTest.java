package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.dossier.calendar.LunarCalendar.LunarDate;

class LunarCalendarTest {

    /**
     * Tết Nguyên đán (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar) in Vietnam, 1985–2053, one year a line:
     * {@code <Tết> <Hùng Kings day>}, and after {@code #} the date in the Chinese calendar (UTC+8) where it differs.
     *
     * <p>Source: the tables of the python-holidays project (github.com/vacanza/holidays, MIT licence),
     * {@code holidays/calendars/chinese.py}: {@code LUNAR_NEW_YEAR_DATES} and {@code HUNG_KINGS_DATES} (Chinese
     * calendar) with the Vietnamese exceptions {@code VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES} (1985, 2007, 2030,
     * 2053) and {@code VIETNAMESE_CALENDAR_HUNG_KINGS_DATES} (2009, 2037, 2038). The Tết differences of 2007, 2030
     * and 2053 are also those announced in Vietnam (viet-jo.com, 2006-07-06, quoting the government's calendar
     * office; scienceinfo.net, "Why is the Vietnamese and Chinese New Year a day different?"); 1985 is the year
     * Vietnam celebrated Tết a month before China. Tết 2019–2026 and Hùng Kings day 2019–2026 match the government's
     * holiday announcements (see V9__calendar_official_2019_2023.sql and V2__calendar_official_2024_2026.sql).
     */
    private static final String PUBLISHED = """
            1985-01-21 1985-04-29   # tet CN 1985-02-20
            1986-02-09 1986-04-18
            1987-01-29 1987-04-07
            1988-02-17 1988-04-25
            1989-02-06 1989-04-15
            1990-01-27 1990-04-05
            1991-02-15 1991-04-24
            1992-02-04 1992-04-12
            1993-01-23 1993-04-01
            1994-02-10 1994-04-20
            1995-01-31 1995-04-09
            1996-02-19 1996-04-27
            1997-02-07 1997-04-16
            1998-01-28 1998-04-06
            1999-02-16 1999-04-25
            2000-02-05 2000-04-14
            2001-01-24 2001-04-03
            2002-02-12 2002-04-22
            2003-02-01 2003-04-11
            2004-01-22 2004-04-28
            2005-02-09 2005-04-18
            2006-01-29 2006-04-07
            2007-02-17 2007-04-26   # tet CN 2007-02-18
            2008-02-07 2008-04-15
            2009-01-26 2009-04-04   # hung CN 2009-04-05
            2010-02-14 2010-04-23
            2011-02-03 2011-04-12
            2012-01-23 2012-03-31
            2013-02-10 2013-04-19
            2014-01-31 2014-04-09
            2015-02-19 2015-04-28
            2016-02-08 2016-04-16
            2017-01-28 2017-04-06
            2018-02-16 2018-04-25
            2019-02-05 2019-04-14
            2020-01-25 2020-04-02
            2021-02-12 2021-04-21
            2022-02-01 2022-04-10
            2023-01-22 2023-04-29
            2024-02-10 2024-04-18
            2025-01-29 2025-04-07
            2026-02-17 2026-04-26
            2027-02-06 2027-04-16
            2028-01-26 2028-04-04
            2029-02-13 2029-04-23
            2030-02-02 2030-04-12   # tet CN 2030-02-03
            2031-01-23 2031-04-01
            2032-02-11 2032-04-19
            2033-01-31 2033-04-09
            2034-02-19 2034-04-28
            2035-02-08 2035-04-17
            2036-01-28 2036-04-06
            2037-02-15 2037-04-24   # hung CN 2037-04-25
            2038-02-04 2038-04-13   # hung CN 2038-04-14
            2039-01-24 2039-04-03
            2040-02-12 2040-04-20
            2041-02-01 2041-04-10
            2042-01-22 2042-04-29
            2043-02-10 2043-04-19
            2044-01-30 2044-04-07
            2045-02-17 2045-04-26
            2046-02-06 2046-04-15
            2047-01-26 2047-04-04
            2048-02-14 2048-04-22
            2049-02-02 2049-04-11
            2050-01-23 2050-04-01
            2051-02-11 2051-04-20
            2052-02-01 2052-04-09
            2053-02-18 2053-04-28   # tet CN 2053-02-19
            """;

    record Expected(int year, LocalDate tet, LocalDate hungKings, String chineseDifference) {
    }

    static List<Expected> published() {
        List<Expected> rows = new ArrayList<>();
        for (String line : PUBLISHED.strip().split("\\n")) {
            String[] parts = line.split("#", 2);
            String[] dates = parts[0].trim().split("\\s+");
            LocalDate tet = LocalDate.parse(dates[0]);
            rows.add(new Expected(tet.getYear(), tet, LocalDate.parse(dates[1]),
                    parts.length > 1 ? parts[1].trim() : ""));
        }
        return rows;
    }

    private final LunarCalendar vietnam = LunarCalendar.vietnam();
    private final LunarCalendar china = LunarCalendar.inTimeZone(8);

    @Test
    void theTableCoversEveryYearFrom1985To2053() {
        assertThat(published()).extracting(Expected::year)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1985, 2053).boxed().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void lunarNewYearAndHungKingsDayMatchThePublishedTable(Expected expected) {
        assertThat(vietnam.lunarNewYear(expected.year())).as("Tết %d", expected.year()).isEqualTo(expected.tet());
        assertThat(vietnam.hungKingsDay(expected.year())).as("Hùng Kings %d", expected.year())
                .isEqualTo(expected.hungKings());
        assertThat(vietnam.toLunar(expected.tet())).isEqualTo(new LunarDate(1, 1, expected.year(), false));
        assertThat(vietnam.toLunar(expected.hungKings())).isEqualTo(new LunarDate(10, 3, expected.year(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void utcPlus8GivesTheChineseDatesWhereTheyDiffer(Expected expected) {
        String difference = expected.chineseDifference();
        if (difference.startsWith("tet CN ")) {
            LocalDate chinese = LocalDate.parse(difference.substring("tet CN ".length()));
            assertThat(chinese).isNotEqualTo(expected.tet());
            assertThat(china.lunarNewYear(expected.year())).isEqualTo(chinese);
        } else if (difference.startsWith("hung CN ")) {
            LocalDate chinese = LocalDate.parse(difference.substring("hung CN ".length()));
            assertThat(chinese).isNotEqualTo(expected.hungKings());
            assertThat(china.hungKingsDay(expected.year())).isEqualTo(chinese);
        } else {
            assertThat(china.lunarNewYear(expected.year())).isEqualTo(expected.tet());
        }
    }

    @Test
    void knownDifferencesWithChina() {
        assertThat(vietnam.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(china.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(vietnam.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(china.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(vietnam.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(china.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @Test
    void lunarDatesTheGovernmentQuotesInItsAnnouncements() {
        // Tết 2024 "từ 8/2/2024 (29 tháng Chạp năm Quý Mão) đến 14/2/2024 (mồng 5 tháng Giêng năm Giáp Thìn)"
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 8))).isEqualTo(new LunarDate(29, 12, 2023, false));
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 14))).isEqualTo(new LunarDate(5, 1, 2024, false));
        // Tết 2025 "từ 25/1/2025 (26 tháng Chạp năm Giáp Thìn) đến 2/2/2025 (mùng 5 tháng Giêng năm Ất Tỵ)"
        assertThat(vietnam.toLunar(LocalDate.of(2025, 1, 25))).isEqualTo(new LunarDate(26, 12, 2024, false));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 2, 2))).isEqualTo(new LunarDate(5, 1, 2025, false));
        // Tết 2026 "từ 14/2/2026 (27 tháng Chạp năm Ất Tỵ) đến 22/2/2026 (mùng 6 tháng Giêng năm Bính Ngọ)",
        // "16/2/2026 (29 tháng Chạp năm Ất Tỵ)", "20/2/2026 (4 tháng Giêng năm Bính Ngọ)"
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 14))).isEqualTo(new LunarDate(27, 12, 2025, false));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(29, 12, 2025, false));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 20))).isEqualTo(new LunarDate(4, 1, 2026, false));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 22))).isEqualTo(new LunarDate(6, 1, 2026, false));
        assertThat(vietnam.lunarNewYearsEve(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
    }

    @Test
    void leapMonths() {
        // Quý Mão (2023) had a leap 2nd month from 22 March 2023, Ất Tỵ (2025) a leap 6th month from 25 July 2025
        assertThat(vietnam.toSolar(1, 2, 2023, false)).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(vietnam.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(vietnam.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(vietnam.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThatThrownBy(() -> vietnam.toSolar(1, 3, 2023, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vietnam.toSolar(1, 3, 2024, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayOf1990To2050RoundTrips() {
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.isBefore(LocalDate.of(2051, 1, 1)); day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            assertThat(vietnam.toSolar(lunar.day(), lunar.month(), lunar.year(), lunar.leap())).as("%s", day)
                    .isEqualTo(day);
        }
    }
}
