package vn.motcua.dossier.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.events.Timeliness;

/**
 * Timeliness by business date (Asia/Ho_Chi_Minh) against a due date: the one in force, or before an apology letter's
 * extension the original one ({@link Dossier#punctualityDueAt}).
 */
public final class Punctuality {

    private Punctuality() {
    }

    /** EARLY before the due date, ON_TIME on it, LATE after it. */
    public static Timeliness of(OffsetDateTime at, OffsetDateTime dueAt) {
        LocalDate day = WorkingCalendar.businessDate(at);
        LocalDate due = WorkingCalendar.businessDate(dueAt);
        return day.isBefore(due) ? Timeliness.EARLY : day.isEqual(due) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    /**
     * Late: resolved after its due date, or not resolved and the due date passed. An apology's new appointment
     * date does not change this, nor does its extension (the caller passes the original due date).
     */
    public static boolean late(OffsetDateTime resolvedAt, OffsetDateTime dueAt, OffsetDateTime now) {
        return of(resolvedAt != null ? resolvedAt : now, dueAt) == Timeliness.LATE;
    }
}
