package vn.motcua.reporting.kpi;

import java.time.OffsetDateTime;

/** One stretch of a period (both days included) with its label, e.g. 2026-Q1. */
public record Bucket(java.time.LocalDate from, java.time.LocalDate to, String label) {

    public OffsetDateTime start() {
        return from.atStartOfDay(Period.BUSINESS_ZONE).toOffsetDateTime();
    }

    /** The first instant after the bucket. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(Period.BUSINESS_ZONE).toOffsetDateTime();
    }
}
