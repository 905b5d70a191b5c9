package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.problem.ProblemException;

/** The width of a time-series bucket; buckets follow the calendar in Asia/Ho_Chi_Minh (ISO weeks start on Monday). */
public enum Interval {
    DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR;

    /** More points than this would make a series unreadable and its query expensive: ask for a longer interval. */
    public static final int MAX_BUCKETS = 400;

    public static Interval parse(String value, Interval fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("interval", "one of " + List.of(values()));
        }
    }

    /** The buckets covering {@code period}, the first and last cut to the period; empty buckets included. */
    public List<Bucket> buckets(Period period) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = startOf(period.from());
        while (!start.isAfter(period.to())) {
            LocalDate next = next(start);
            LocalDate from = start.isBefore(period.from()) ? period.from() : start;
            LocalDate lastDay = next.minusDays(1);
            LocalDate to = lastDay.isAfter(period.to()) ? period.to() : lastDay;
            buckets.add(new Bucket(from, to, label(start)));
            if (buckets.size() > MAX_BUCKETS) {
                throw ProblemException.invalidField("interval", "more than " + MAX_BUCKETS
                        + " points in this period: choose a longer interval or a shorter period");
            }
            start = next;
        }
        return buckets;
    }

    LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            case HALF_YEAR -> day.withMonth(day.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
        };
    }

    private LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case HALF_YEAR -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
        };
    }

    /** A stable, sortable name: 2026-03-05, 2026-W10, 2026-03, 2026-Q1, 2026-H1, 2026. */
    private String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
