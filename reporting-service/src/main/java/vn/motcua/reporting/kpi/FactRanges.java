package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which aggregate rows make up a stretch of days: its whole calendar months from the monthly rows (grain M), the days
 * before and after them from the daily rows (grain D). A year is then 12 rows per slice instead of 365, and the
 * figures do not depend on how a stretch is cut.
 */
final class FactRanges {

    /** Rows of {@code grain} whose day is in [from, to); a null from is the beginning of time. */
    record Range(char grain, LocalDate from, LocalDate to) {

        /** The lower bound as SQL's date input reads it. */
        String fromText() {
            return from == null ? "-infinity" : from.toString();
        }
    }

    private FactRanges() {
    }

    /** The rows of the days [from, to). */
    static List<Range> of(LocalDate from, LocalDate to) {
        List<Range> ranges = new ArrayList<>();
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastMonth = to.withDayOfMonth(1);
        if (!firstMonth.isBefore(lastMonth)) {
            if (from.isBefore(to)) {
                ranges.add(new Range('D', from, to));
            }
            return ranges;
        }
        if (from.isBefore(firstMonth)) {
            ranges.add(new Range('D', from, firstMonth));
        }
        ranges.add(new Range('M', firstMonth, lastMonth));
        if (lastMonth.isBefore(to)) {
            ranges.add(new Range('D', lastMonth, to));
        }
        return ranges;
    }

    /** The rows of every day before {@code day}: all months before its month, then its month's days before it. */
    static List<Range> before(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        List<Range> ranges = new ArrayList<>();
        ranges.add(new Range('M', null, month));
        if (month.isBefore(day)) {
            ranges.add(new Range('D', month, day));
        }
        return ranges;
    }
}
