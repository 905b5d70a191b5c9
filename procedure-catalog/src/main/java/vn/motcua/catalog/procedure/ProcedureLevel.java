package vn.motcua.catalog.procedure;

import java.util.Optional;
import vn.motcua.catalog.unit.UnitLevel;

/** The administrative level that implements a procedure (cấp tỉnh, huyện, xã). */
public enum ProcedureLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** The procedure level matching a unit level; none for an agency. */
    public static Optional<ProcedureLevel> of(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> Optional.of(PROVINCE);
            case DISTRICT -> Optional.of(DISTRICT);
            case COMMUNE -> Optional.of(COMMUNE);
            case AGENCY -> Optional.empty();
        };
    }
}
