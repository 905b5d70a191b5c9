package vn.motcua.dossier.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * An administrative unit as procedure-catalog publishes it ({@code GET /api/v1/units/{code}}). {@code kind} is what
 * the unit does at the one-stop desk since the two-level government of 2025: {@value #GOVERNMENT} (a people's
 * committee: its desk receives, it resolves), {@value #SERVICE_CENTRE} (Trung tâm Phục vụ hành chính công: receives,
 * resolves nothing) or {@value #DEPARTMENT} (a Sở: resolves); absent in answers of catalogs before it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogUnit(String code, String name, String level, String kind, String parentCode, LocalDate validFrom,
        LocalDate validTo) {

    public static final String GOVERNMENT = "GOVERNMENT";
    public static final String SERVICE_CENTRE = "SERVICE_CENTRE";
    public static final String DEPARTMENT = "DEPARTMENT";

    /** The kind, or the catalog's default when absent or unknown: an agency is a department, any other unit a government. */
    public String effectiveKind() {
        if (GOVERNMENT.equals(kind) || SERVICE_CENTRE.equals(kind) || DEPARTMENT.equals(kind)) {
            return kind;
        }
        return "AGENCY".equals(level) ? DEPARTMENT : GOVERNMENT;
    }

    public boolean isServiceCentre() {
        return SERVICE_CENTRE.equals(effectiveKind());
    }

    /** Not yet dissolved or merged away on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }
}
