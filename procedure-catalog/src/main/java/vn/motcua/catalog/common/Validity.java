package vn.motcua.catalog.common;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.SupportedDates;

/** The validity interval of a catalog record (procedure, unit): a first day, an optional last day not before it. */
public final class Validity {

    private Validity() {
    }

    /** Adds an error for each of {@code fromName}, {@code toName} that is missing, outside the supported dates or
     * out of order. */
    public static void check(String fromName, LocalDate from, String toName, LocalDate to, List<FieldError> errors) {
        if (from == null) {
            errors.add(new FieldError(fromName, "must be a date yyyy-MM-dd"));
        } else if (!SupportedDates.contains(from)) {
            errors.add(new FieldError(fromName, SupportedDates.MESSAGE));
        }
        if (to != null && !SupportedDates.contains(to)) {
            errors.add(new FieldError(toName, SupportedDates.MESSAGE));
        } else if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(toName, "must not be before " + fromName));
        }
    }
}
