package vn.motcua.dossier.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A procedure as procedure-catalog publishes it ({@code GET /api/v1/procedures/{code}}); only what intake
 * reads. A channel absent from {@code processingDays} is not offered.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProcedure(
        String code,
        String name,
        Field field,
        List<String> levels,
        Map<String, Integer> processingDays,
        List<Component> components,
        String onlineLevel,
        String status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Integer version) {

    public static final String ACTIVE = "ACTIVE";

    public CatalogProcedure {
        levels = levels == null ? List.of() : List.copyOf(levels);
        processingDays = processingDays == null ? Map.of() : Map.copyOf(processingDays);
        components = components == null ? List.of() : List.copyOf(components);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String name, Integer originals, Integer copies, String formUrl, Boolean required) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }
    }

    /** Active and within its effective dates on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return ACTIVE.equals(status)
                && (effectiveFrom == null || !effectiveFrom.isAfter(day))
                && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
