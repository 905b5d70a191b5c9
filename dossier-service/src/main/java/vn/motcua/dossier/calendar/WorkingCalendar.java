package vn.motcua.dossier.calendar;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The working-day calendar that due dates are counted on.
 *
 * <p>A day is a working day when it is a Monday–Friday not listed as a {@link DayKind#HOLIDAY} or
 * {@link DayKind#COMPENSATORY_DAY_OFF}, or a Saturday/Sunday listed as a swapped {@link DayKind#WORKING_DAY}.
 * A year's listed days come from its official schedule ({@link CalendarSchedules}), or for a year that has none
 * from the computed {@link DefaultSchedule}. Each year is loaded once and cached; the cache entry is dropped when
 * the year is set again (after commit) and, so that the other instances of the service count on a change too before
 * they number another due date, expires after {@link #CACHE_TTL_NANOS} (reloading a year is one small query).
 *
 * <p>Counting rule (Civil Code 2015 art. 147(2)–(3): when a period counted in days starts with an event, the day
 * of the event does not count and the period runs from the next day): the intake day itself never counts, day 1 is
 * the first working day after the business date of intake (its date in Asia/Ho_Chi_Minh), whatever the hour of
 * intake and whether or not the intake day is a working day; the dossier is due at the end of office hours
 * (17:00) of the last working day.
 */
@ApplicationScoped
public class WorkingCalendar {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** End of office hours: a dossier due on a date is due by this time of day. */
    public static final LocalTime END_OF_OFFICE_HOURS = LocalTime.of(17, 0);

    /** The longest processing time {@link #dueDate} accepts, in working days. */
    public static final int MAX_WORKING_DAYS = 3650;

    static final long CACHE_TTL_NANOS = 1_000_000_000L;

    private final AgroalDataSource dataSource;
    private final DefaultSchedule defaults = DefaultSchedule.vietnam();
    private final ConcurrentMap<Integer, YearDays> cache = new ConcurrentHashMap<>();

    public WorkingCalendar(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Working days exclude weekends, holidays and compensatory days off; swapped weekend WORKING_DAYs count. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return year(day.getYear()).isWorkingDay(day);
    }

    /**
     * The working day on which {@code workingDays} of processing end, counted from {@code receivedAt}: the intake
     * day does not count; day 1 is the first working day after it (0 = the intake day itself).
     */
    public LocalDate dueDate(OffsetDateTime receivedAt, int workingDays) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be between 0 and " + MAX_WORKING_DAYS + ": " + workingDays);
        }
        LocalDate day = businessDate(receivedAt);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** dueDate at 17:00 Asia/Ho_Chi_Minh (end of office hours) as an OffsetDateTime. */
    public OffsetDateTime dueAt(OffsetDateTime receivedAt, int workingDays) {
        return endOfOfficeHours(dueDate(receivedAt, workingDays));
    }

    /** 17:00 Asia/Ho_Chi_Minh of {@code day}, the time a dossier due that day is due. */
    public static OffsetDateTime endOfOfficeHours(LocalDate day) {
        return day.atTime(END_OF_OFFICE_HOURS).atZone(BUSINESS_ZONE).toOffsetDateTime();
    }

    /**
     * Working days after the business date of {@code from} up to and including the business date of {@code to}
     * (0 if same day or earlier).
     */
    public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        LocalDate last = businessDate(to);
        int count = 0;
        for (LocalDate day = businessDate(from).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The date in Vietnam of an instant. */
    public static LocalDate businessDate(OffsetDateTime at) {
        return at.atZoneSameInstant(BUSINESS_ZONE).toLocalDate();
    }

    /** Drops the cached year once a new official schedule for it is committed. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged changed) {
        cache.remove(changed.year());
    }

    private YearDays year(int year) {
        long now = System.nanoTime();
        YearDays cached = cache.get(year);
        if (cached != null && now - cached.loadedAt < CACHE_TTL_NANOS) {
            return cached;
        }
        YearDays loaded = load(year, now);
        cache.put(year, loaded);
        return loaded;
    }

    private YearDays load(int year, long now) {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        boolean official = false;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select d.day, d.kind from calendar_year y left join calendar_day d on d.year = y.year"
                                + " where y.year = ?")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    official = true;
                    LocalDate day = rows.getObject(1, LocalDate.class);
                    if (day != null) {
                        add(day, DayKind.valueOf(rows.getString(2)), off, worked);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the calendar of " + year, e);
        }
        if (!official) {
            for (ScheduleDay day : defaults.of(year)) {
                add(day.date(), day.kind(), off, worked);
            }
        }
        return new YearDays(Set.copyOf(off), Set.copyOf(worked), now);
    }

    private static void add(LocalDate day, DayKind kind, Set<LocalDate> off, Set<LocalDate> worked) {
        if (kind == DayKind.WORKING_DAY) {
            worked.add(day);
        } else {
            off.add(day);
        }
    }

    /** A year's days off and swapped working days beyond the Monday–Friday rule. */
    record YearDays(Set<LocalDate> daysOff, Set<LocalDate> workingDays, long loadedAt) {

        boolean isWorkingDay(LocalDate day) {
            if (workingDays.contains(day)) {
                return true;
            }
            if (daysOff.contains(day)) {
                return false;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
