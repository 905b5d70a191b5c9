package vn.motcua.dossier.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.problem.FieldError;

/** Consistency rules of a year's schedule, beyond the shape bean validation checks. */
final class ScheduleRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private ScheduleRules() {
    }

    static List<FieldError> violations(int year, List<ScheduleDay> days) {
        List<FieldError> errors = new ArrayList<>();
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ScheduleDay day = days.get(i);
            String field = "days[" + i + "].date";
            if (day.date().getYear() != year) {
                errors.add(new FieldError(field, "must be in " + year));
            }
            if (!seen.add(day.date())) {
                errors.add(new FieldError(field, "listed twice: " + day.date()));
            }
            boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (day.kind() == DayKind.WORKING_DAY && !weekend) {
                errors.add(new FieldError("days[" + i + "].kind", "a WORKING_DAY must be a Saturday or Sunday"));
            }
            if (day.kind() == DayKind.COMPENSATORY_DAY_OFF && weekend) {
                errors.add(new FieldError("days[" + i + "].kind", "a COMPENSATORY_DAY_OFF must be a weekday"));
            }
        }
        return errors;
    }
}
