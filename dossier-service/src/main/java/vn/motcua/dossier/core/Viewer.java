package vn.motcua.dossier.core;

import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.dossier.Roles;

/**
 * Who reads dossiers and what they may see. An officer: the dossiers of their unit and its sub-units, in full.
 * An analyst: dossiers of any unit, personal data masked. A commune system: the dossiers it filed (its unit,
 * its name as receiver), masked. A token with several of these roles reads as the first of officer, analyst,
 * commune system.
 */
public record Viewer(Kind kind, String name, String unit) {

    public enum Kind {
        OFFICER, ANALYST, COMMUNE_SYSTEM
    }

    public static Viewer of(JsonWebToken token) {
        Caller caller = Caller.of(token);
        var groups = token.getGroups();
        Kind kind = groups.contains(Roles.OFFICER) ? Kind.OFFICER
                : groups.contains(Roles.ANALYST) ? Kind.ANALYST
                : Kind.COMMUNE_SYSTEM;
        return new Viewer(kind, caller.name(), caller.unit());
    }

    private Caller caller() {
        return new Caller(name, unit);
    }

    /** Whether personal data is masked for this viewer. */
    public boolean masked() {
        return kind != Kind.OFFICER;
    }

    /** The dossier as this viewer may see it: masked applicant and no free-text note unless an officer. */
    public DossierView present(DossierView dossier) {
        return masked() ? dossier.withPersonalData(Masking.applicant(dossier.applicant()), note(dossier.note()))
                : dossier;
    }

    /**
     * A free-text note (the intake's, a transition's) as this viewer may read it: staff write anything there,
     * personal data included, so only officers read it; the dossier and its history both go through here.
     */
    public String note(String note) {
        return masked() ? null : note;
    }

    /** Whether this viewer may read {@code dossier}; the same rule as {@link #restrict(Sql)}. */
    public boolean reads(Dossier dossier, UnitScope scope) {
        return switch (kind) {
            case OFFICER -> scope.covers(caller(), dossier);
            case ANALYST -> true;
            case COMMUNE_SYSTEM -> scope.filedBy(caller(), dossier);
        };
    }

    /**
     * Whether this viewer works on {@code dossier} itself (its receipt slip, its files): an officer of its unit or
     * above, or the commune system that filed it; never an analyst, who reads dossiers only masked.
     */
    public boolean handles(Dossier dossier, UnitScope scope) {
        return kind != Kind.ANALYST && reads(dossier, scope);
    }

    /** Adds this viewer's reach to a query on table {@code dossier}. */
    public void restrict(Sql where) {
        switch (kind) {
            case OFFICER -> {
                if (unit == null) {
                    where.and("false");
                } else {
                    where.and(UnitScope.SQL_COVERS, UnitScope.coveringArgs(unit));
                }
            }
            case ANALYST -> {
            }
            case COMMUNE_SYSTEM -> {
                if (unit == null || name == null) {
                    where.and("false");
                } else {
                    where.and("unit_code = ? and received_by = ?", unit, name);
                }
            }
        }
    }
}
