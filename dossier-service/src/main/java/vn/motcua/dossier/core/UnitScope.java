package vn.motcua.dossier.core;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Which dossiers a caller may see and act on (reading, transitions, history): the one place that decides. An
 * officer reaches a dossier when the {@code unit} claim is its receiving unit or its resolving unit, or a parent of
 * either recorded at intake (an officer of a district reaches its communes' dossiers, not the other way round); of an
 * inter-linked dossier each side does only its part ({@link Action.Side}). The staff queries apply the same rule in
 * SQL ({@link #SQL_COVERS}). A commune system reaches only what it filed ({@link #filedBy}).
 */
@ApplicationScoped
public class UnitScope {

    /** The receiving side as an SQL condition on table {@code dossier}; bind the unit to both parameters. */
    public static final String SQL_RECEIVING = "(unit_code = ? or unit_ancestor_codes @> array[?]::varchar[])";
    /** The resolving side, likewise. */
    public static final String SQL_RESOLVING =
            "(resolving_unit_code = ? or resolving_unit_ancestor_codes @> array[?]::varchar[])";
    /** Either side; bind the unit to all four parameters ({@link #coveringArgs}). */
    public static final String SQL_COVERS = "(" + SQL_RECEIVING + " or " + SQL_RESOLVING + ")";

    /** The parameters of {@link #SQL_COVERS} for {@code unit}. */
    public static Object[] coveringArgs(String unit) {
        return new Object[] {unit, unit, unit, unit};
    }

    /** An officer's reach: either side of the dossier. */
    public boolean covers(Caller caller, Dossier dossier) {
        return receives(caller, dossier) || resolves(caller, dossier);
    }

    /** Whether the caller may do an action of {@code side} on the dossier. */
    public boolean covers(Caller caller, Dossier dossier, Action.Side side) {
        return switch (side) {
            case RECEIVER -> receives(caller, dossier);
            case RESOLVER -> resolves(caller, dossier);
            case EITHER, HOLDER -> covers(caller, dossier);
        };
    }

    /** The caller is of the unit holding the dossier now (or above it). */
    public boolean holds(Caller caller, Dossier dossier) {
        return dossier.heldByUnitCode.equals(dossier.unitCode) ? receives(caller, dossier)
                : resolves(caller, dossier);
    }

    private static boolean receives(Caller caller, Dossier dossier) {
        return within(caller.unit(), dossier.unitCode, dossier.unitAncestorCodes);
    }

    private static boolean resolves(Caller caller, Dossier dossier) {
        return within(caller.unit(), dossier.resolvingUnitCode, dossier.resolvingUnitAncestorCodes);
    }

    private static boolean within(String unit, String code, List<String> ancestors) {
        return unit != null && (unit.equals(code) || ancestors != null && ancestors.contains(unit));
    }

    /** A machine client's reach: the dossiers it filed itself (its name as receiver, at its unit). */
    public boolean filedBy(Caller caller, Dossier dossier) {
        return caller.unit() != null && caller.unit().equals(dossier.unitCode) && caller.name() != null
                && caller.name().equals(dossier.receivedBy);
    }
}
