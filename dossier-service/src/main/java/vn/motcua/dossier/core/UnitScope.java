package vn.motcua.dossier.core;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which dossiers a caller may see and act on (reading, transitions, history): the one place that decides. The
 * caller's {@code unit} claim must be the dossier's unit or one of its parents recorded at intake (an officer of
 * a district reaches its communes' dossiers, not the other way round). The staff queries apply the same rule in
 * SQL ({@link #SQL_COVERS}). A commune system reaches only what it filed ({@link #filedBy}).
 */
@ApplicationScoped
public class UnitScope {

    /** The rule as an SQL condition on table {@code dossier}; bind the unit to both parameters. */
    public static final String SQL_COVERS = "(unit_code = ? or unit_ancestor_codes @> array[?]::varchar[])";

    /** An officer's reach: the dossier's unit or one of its recorded parents. */
    public boolean covers(Caller caller, Dossier dossier) {
        String unit = caller.unit();
        return unit != null && (unit.equals(dossier.unitCode)
                || dossier.unitAncestorCodes != null && dossier.unitAncestorCodes.contains(unit));
    }

    /** A machine client's reach: the dossiers it filed itself (its name as receiver, at its unit). */
    public boolean filedBy(Caller caller, Dossier dossier) {
        return caller.unit() != null && caller.unit().equals(dossier.unitCode) && caller.name() != null
                && caller.name().equals(dossier.receivedBy);
    }
}
