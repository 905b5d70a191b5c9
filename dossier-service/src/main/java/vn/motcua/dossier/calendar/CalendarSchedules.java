package vn.motcua.dossier.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;

/** Stores and reads each year's official schedule, and computes the default of a year not set. */
@ApplicationScoped
public class CalendarSchedules {

    private final CalendarMapper mapper;
    private final Event<CalendarChanged> changed;
    private final DefaultSchedule defaults = DefaultSchedule.vietnam();

    public CalendarSchedules(CalendarMapper mapper, Event<CalendarChanged> changed) {
        this.mapper = mapper;
        this.changed = changed;
    }

    public Optional<CalendarYear> official(int year) {
        return CalendarYear.findByIdOptional(year);
    }

    /** The computed default schedule of a year, what counts while the year has no official schedule. */
    public List<ScheduleDay> computed(int year) {
        return defaults.of(year);
    }

    /** Replaces the year's official schedule as a whole. */
    @Transactional
    public CalendarYear setOfficial(int year, List<ScheduleDay> days, String by) {
        checkYear(year);
        List<FieldError> errors = ScheduleRules.violations(year, days);
        FieldErrors.of(errors).throwIfAny();
        CalendarYear schedule = locked(year, by);
        schedule.days.clear();
        CalendarYear.flush(); // delete the old rows before inserting dates that may repeat them
        for (ScheduleDay day : days) {
            CalendarDay entity = mapper.toEntity(day);
            entity.year = schedule;
            schedule.days.add(entity);
        }
        schedule.updatedAt = OffsetDateTime.now();
        schedule.updatedBy = by;
        schedule.persist();
        changed.fire(new CalendarChanged(year));
        return schedule;
    }

    /**
     * The year's row, created if missing, locked until the transaction ends: concurrent replacements of one year
     * are applied one after the other, each on the schedule the previous one committed (no lost update, no
     * optimistic-lock failure). {@code on conflict do nothing} waits for a concurrent creation, then locks its row.
     */
    private static CalendarYear locked(int year, String by) {
        CalendarYear.getEntityManager().createNativeQuery("insert into calendar_year (year, updated_at, updated_by) "
                + "values (?1, now(), ?2) on conflict (year) do nothing").setParameter(1, year).setParameter(2, by)
                .executeUpdate();
        return CalendarYear.findById(year, LockModeType.PESSIMISTIC_WRITE);
    }

    static void checkYear(int year) {
        if (year < ScheduleRules.FIRST_YEAR || year > ScheduleRules.LAST_YEAR) {
            throw ProblemException.invalidField("year",
                    "must be between " + ScheduleRules.FIRST_YEAR + " and " + ScheduleRules.LAST_YEAR);
        }
    }
}
