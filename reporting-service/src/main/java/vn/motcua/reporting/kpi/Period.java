package vn.motcua.reporting.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.motcua.problem.ProblemException;

/** A reporting period of whole business days in Vietnam's time zone, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public Period {
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after 'to' (" + to + ")");
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
