package vn.motcua.catalog.procedure;

import vn.motcua.problem.FieldErrors;
import java.time.LocalDate;
import vn.motcua.catalog.common.PageRequest;
import vn.motcua.catalog.common.QueryParams;

/**
 * A procedure search: free text (any case, with or without diacritics, small typos tolerated) and filters.
 * {@code at} null means "now": procedures ACTIVE and effective today.
 */
public record SearchCriteria(
        String q,
        String field,
        ProcedureLevel level,
        OnlineLevel onlineLevel,
        Boolean essential,
        Boolean delegated,
        String unit,
        LocalDate at,
        PageRequest page) {

    public static final int Q_MAX = 200;

    /** Parses the query parameters; a bad one is a 400 naming it. */
    public static SearchCriteria parse(String q, String field, String level, String onlineLevel, String essential,
            String delegated, String unit, String at, String page, String size) {
        FieldErrors errors = new FieldErrors();
        SearchCriteria criteria = new SearchCriteria(
                QueryParams.text("q", q, Q_MAX, errors),
                QueryParams.text("field", field, 20, errors),
                QueryParams.enumValue("level", level, ProcedureLevel.class, errors),
                QueryParams.enumValue("onlineLevel", onlineLevel, OnlineLevel.class, errors),
                QueryParams.bool("essential", essential, errors),
                QueryParams.bool("delegated", delegated, errors),
                QueryParams.text("unit", unit, 35, errors),
                QueryParams.date("at", at, errors),
                PageRequest.parse(page, size, errors));
        errors.throwIfAny();
        return criteria;
    }

    public SearchCriteria withUnit(String unitCode) {
        return new SearchCriteria(q, field, level, onlineLevel, essential, delegated, unitCode, at, page);
    }
}
