package vn.motcua.dossier.catalog;

import java.util.List;

/**
 * A unit where it sits in the hierarchy: its parent (null for the top or when the catalog does not know it) and its
 * parents' codes nearest first, as {@link Catalog#place} read them. What {@link Jurisdiction} needs to tell a commune's
 * centre from the province's.
 */
public record UnitPlace(CatalogUnit unit, CatalogUnit parent, List<String> ancestorCodes) {

    public UnitPlace {
        ancestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
    }

    public String code() {
        return unit.code();
    }

    /** The top of the unit's chain: its province (a province is its own). */
    public String province() {
        return ancestorCodes.isEmpty() ? unit.code() : ancestorCodes.get(ancestorCodes.size() - 1);
    }

    /** A commune's own desk or its service centre. */
    public boolean communeDesk() {
        return unit.isServiceCentre() ? parent != null && "COMMUNE".equals(parent.level())
                : "COMMUNE".equals(unit.level()) && CatalogUnit.GOVERNMENT.equals(unit.effectiveKind());
    }

    /** The province's public administration service centre. */
    public boolean provinceCentre() {
        return unit.isServiceCentre() && parent != null && "PROVINCE".equals(parent.level());
    }
}
