package vn.motcua.reporting.kpi;

import java.util.List;
import vn.motcua.problem.ProblemException;

/**
 * How a KPI table splits its figures. Each grouping names the read-model columns that key and label a row, for
 * dossiers ({@code d}) and survey responses ({@code r}, joined to the unit {@code u}). MONTH splits the period into
 * calendar months instead, each row then being that month's figures.
 */
public enum Grouping {
    UNIT("d.unit_code", "d.unit_name", "r.unit_code", "r.unit_name"),
    LEVEL("d.unit_level", "d.unit_level", "u.unit_level", "u.unit_level"),
    PROCEDURE("d.procedure_code", "d.procedure_name", "r.procedure_code", "r.procedure_name"),
    FIELD("d.field_code", "d.field_name", "r.field_code", "cast(null as varchar)"),
    CHANNEL("d.channel", "d.channel", "r.channel", "r.channel"),
    MONTH(null, null, null, null);

    private final String dossierKey;
    private final String dossierLabel;
    private final String responseKey;
    private final String responseLabel;

    Grouping(String dossierKey, String dossierLabel, String responseKey, String responseLabel) {
        this.dossierKey = dossierKey;
        this.dossierLabel = dossierLabel;
        this.responseKey = responseKey;
        this.responseLabel = responseLabel;
    }

    /** Null when absent; a 400 naming {@code groupBy} when it is not one of the groupings. */
    public static Grouping parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("groupBy", "one of " + List.of(values()));
        }
    }

    /** SQL expressions; a grouping of null (or MONTH, whose rows are buckets) groups nothing. */
    static String dossierKey(Grouping grouping) {
        return grouping == null || grouping.dossierKey == null ? "cast(null as varchar)" : grouping.dossierKey;
    }

    static String dossierLabel(Grouping grouping) {
        return grouping == null || grouping.dossierLabel == null ? "cast(null as varchar)" : grouping.dossierLabel;
    }

    static String responseKey(Grouping grouping) {
        return grouping == null || grouping.responseKey == null ? "cast(null as varchar)" : grouping.responseKey;
    }

    static String responseLabel(Grouping grouping) {
        return grouping == null || grouping.responseLabel == null ? "cast(null as varchar)" : grouping.responseLabel;
    }
}
