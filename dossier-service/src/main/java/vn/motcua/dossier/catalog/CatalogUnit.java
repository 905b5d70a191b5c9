package vn.motcua.dossier.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** An administrative unit as procedure-catalog publishes it ({@code GET /api/v1/units/{code}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogUnit(String code, String name, String level, String parentCode, LocalDate validFrom,
        LocalDate validTo) {

    /** Not yet dissolved or merged away on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }
}
