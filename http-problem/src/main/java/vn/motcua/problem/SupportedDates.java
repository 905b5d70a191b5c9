package vn.motcua.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The dates every service accepts as input, in query parameters and bodies alike: {@value #RANGE}. Wider than
 * any business date (units from before 1945, appointments decades ahead) and narrow enough that the day after
 * the last one, a period's end or a due date counted from it stay four-digit years that Java, JDBC and
 * PostgreSQL all handle; a date outside it is a 400 naming the parameter, never a 500 from the database.
 * OpenAPI has no minimum or maximum for dates, so descriptions quote {@link #RANGE}.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);
    /** The range as the OpenAPI descriptions and problem messages say it. */
    public static final String RANGE = "1900-01-01 to 2999-12-31";
    /** The message of a field whose date is outside the range. */
    public static final String MESSAGE = "must be a date from " + RANGE;

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /** By the date it names in its own offset (a few hours either way cannot reach a year outside 1900–2999). */
    public static boolean contains(OffsetDateTime time) {
        return contains(time.toLocalDate());
    }
}
