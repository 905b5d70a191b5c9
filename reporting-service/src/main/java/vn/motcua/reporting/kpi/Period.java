package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.SupportedDates;

/**
 * A reporting period of whole business days in Vietnam's time zone, both ends included. Bounded: both ends are
 * required and it spans at most {@value #MAX_YEARS} years, so no query scans an open-ended history; both ends are
 * {@link SupportedDates} (a period ending 9999-12-31 would end on a five-digit year that PostgreSQL refuses).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int MAX_YEARS = 5;

    public Period {
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after 'to' (" + to + ")");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw ProblemException.invalidField("to", "a period spans at most " + MAX_YEARS + " years");
        }
    }

    /** Parses the query parameters {@code from} and {@code to}, naming every one that is missing or malformed. */
    public static Period parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        FieldErrors.of(errors).throwIfAny();
        return new Period(start, end);
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "required: a date such as 2026-01-01"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!SupportedDates.contains(date)) {
                errors.add(new FieldError(name, SupportedDates.MESSAGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "a date such as 2026-01-01"));
            return null;
        }
    }

    public OffsetDateTime start() {
        return from.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    }
}
