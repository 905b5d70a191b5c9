package vn.motcua.dossier.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's algorithm
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html): a lunar month starts on the local day of a
 * new moon, the 11th month is the one containing the winter solstice, and in a year of 13 months the leap month is
 * the first one containing no major solar term (trung khí). New moons and solar longitudes follow Jean Meeus,
 * <i>Astronomical Algorithms</i> (1998).
 *
 * <p>Days are local days in a fixed time zone: Vietnam uses UTC+7 (since 1968), which makes some dates differ
 * from the Chinese calendar (UTC+8), e.g. Tết 1985 (21 Jan in Vietnam, 20 Feb in China) or 2007 (17 Feb vs 18 Feb).
 * Pure and thread-safe.
 */
public final class LunarCalendar {

    /** Vietnam's time zone, in hours east of UTC. */
    public static final double VIETNAM_TIME_ZONE = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01 (k = 0). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final double DEG = Math.PI / 180;

    private final double timeZone;

    private LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
    }

    /** The calendar in Vietnam's time zone, UTC+7. */
    public static LunarCalendar vietnam() {
        return new LunarCalendar(VIETNAM_TIME_ZONE);
    }

    /** The same rules in another time zone (hours east of UTC), e.g. 8.0 to compare with the Chinese calendar. */
    public static LunarCalendar inTimeZone(double hoursEastOfUtc) {
        return new LunarCalendar(hoursEastOfUtc);
    }

    /** A lunar date: day 1–30, month 1–12, the lunar year (named by the solar year it mostly overlaps), leap flag. */
    public record LunarDate(int day, int month, int year, boolean leap) {
    }

    /** The solar date of a lunar date; a leap month is only valid when that month is the leap month of the year. */
    public LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("no lunar date " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = month11(lunarYear - 1);
            b11 = month11(lunarYear);
        } else {
            a11 = month11(lunarYear);
            b11 = month11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonthNumber = Math.floorMod(leapOffset - 2, 12);
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException("month " + lunarMonth + " of " + lunarYear + " has no leap month");
            }
            if (leapMonth || offset >= leapOffset) {
                offset++;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("the lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The lunar date of a solar date. */
    public LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                if (diff == leapDiff) {
                    leap = true;
                }
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear--;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    /** Tết Nguyên đán: the first day of the first lunar month of the lunar year that starts in {@code year}. */
    public LocalDate lunarNewYear(int year) {
        return toSolar(1, 1, year, false);
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the (regular, not leap) 3rd lunar month. */
    public LocalDate hungKingsDay(int year) {
        return toSolar(10, 3, year, false);
    }

    /** The day before Tết: the last day (29th or 30th) of the 12th lunar month. */
    public LocalDate lunarNewYearsEve(int year) {
        return lunarNewYear(year).minusDays(1);
    }

    // --- astronomy (Meeus) ---------------------------------------------------------------------------------

    /** Julian day (with fraction, UT) of the k-th new moon after the one of 1900-01-01. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * DEG)
                + 0.0021 * Math.sin(2 * sunAnomaly * DEG)
                - 0.4068 * Math.sin(moonAnomaly * DEG)
                + 0.0161 * Math.sin(2 * moonAnomaly * DEG)
                - 0.0004 * Math.sin(3 * moonAnomaly * DEG)
                + 0.0104 * Math.sin(2 * latitude * DEG)
                - 0.0051 * Math.sin((sunAnomaly + moonAnomaly) * DEG)
                - 0.0074 * Math.sin((sunAnomaly - moonAnomaly) * DEG)
                + 0.0004 * Math.sin((2 * latitude + sunAnomaly) * DEG)
                - 0.0004 * Math.sin((2 * latitude - sunAnomaly) * DEG)
                - 0.0006 * Math.sin((2 * latitude + moonAnomaly) * DEG)
                + 0.0010 * Math.sin((2 * latitude - moonAnomaly) * DEG)
                + 0.0005 * Math.sin((2 * moonAnomaly + sunAnomaly) * DEG);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 ≤ L < 2π, at a Julian day (UT). */
    static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly * DEG)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly * DEG)
                + 0.000290 * Math.sin(3 * meanAnomaly * DEG);
        double longitude = (meanLongitude + center) * DEG;
        longitude -= 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
        return longitude;
    }

    /** The local Julian day number on which the k-th new moon falls. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** Which of the 12 thirty-degree sectors (0–11, sector 0 starting at the vernal equinox) the sun is in at the start of a local day. */
    private int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** The local Julian day number on which the 11th lunar month (the one containing the winter solstice) of a year starts. */
    private long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** In a 13-month year starting with the 11th month on {@code a11}: how many months after it the leap month comes. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    private static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
    }
}
