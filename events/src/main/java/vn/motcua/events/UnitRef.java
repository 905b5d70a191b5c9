package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A unit named in an event besides the dossier's own {@code unitCode} (the unit that received it): since the
 * two-level government of 1 July 2025 the unit that resolves a dossier may be another (a provincial department,
 * the province, another commune: "một cửa liên thông", Decree 118/2025/NĐ-CP).
 *
 * @param ancestorCodes the unit's parents, nearest first, never the unit itself; may be empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UnitRef(String code, String name, UnitLevel level, List<String> ancestorCodes) {

    public UnitRef {
        ancestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
    }

    /** {@code unit}, or null when it is absent or the unit {@code receivingUnitCode} itself: events leave it out then. */
    static UnitRef otherThan(String receivingUnitCode, UnitRef unit) {
        return unit == null || unit.code().equals(receivingUnitCode) ? null : unit;
    }
}
