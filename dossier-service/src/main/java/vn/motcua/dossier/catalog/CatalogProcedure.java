package vn.motcua.dossier.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A procedure as procedure-catalog publishes it ({@code GET /api/v1/procedures/{code}}); only what intake
 * reads. A channel absent from {@code processingDays} is not offered. {@code receiving} says which desks may receive
 * its dossiers ({@link Jurisdiction}; absent or unknown: {@value #COMPETENT_UNIT}, the strictest), and
 * {@code resolvingAgencyCode} names the unit that resolves it (absent: the people's committee of its level competent
 * for the applicant, which intake names).
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
        Integer version,
        String receiving,
        String resolvingAgencyCode) {

    public static final String ACTIVE = "ACTIVE";
    public static final String COMPETENT_UNIT = "COMPETENT_UNIT";
    public static final String ANY_CENTRE_OF_PROVINCE = "ANY_CENTRE_OF_PROVINCE";
    public static final String ANY_COMMUNE_OF_PROVINCE = "ANY_COMMUNE_OF_PROVINCE";

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

    /** The receiving policy; a value this client does not know reads as the strictest, {@value #COMPETENT_UNIT}. */
    public String effectiveReceiving() {
        return ANY_CENTRE_OF_PROVINCE.equals(receiving) || ANY_COMMUNE_OF_PROVINCE.equals(receiving) ? receiving
                : COMPETENT_UNIT;
    }

    /** Active and within its effective dates on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return ACTIVE.equals(status)
                && (effectiveFrom == null || !effectiveFrom.isAfter(day))
                && (effectiveTo == null || !effectiveTo.isBefore(day));
    }
}
