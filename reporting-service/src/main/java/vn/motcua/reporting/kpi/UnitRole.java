package vn.motcua.reporting.kpi;

/**
 * Which of a dossier's units its figures belong to. Since the two-level government (1 July 2025) a dossier received
 * at one unit may be resolved by another (one-stop inter-linked, "một cửa liên thông", Decree 118/2025/NĐ-CP): a
 * commune receives, a provincial department resolves. Each role reads its own view of the same dossiers, in which
 * the {@code unit_*} columns are that role's unit, so a dossier counts once per role and never twice in one figure.
 */
public enum UnitRole {
    /** The unit that received the dossier (the events' {@code unitCode}): the meaning before the two roles. */
    RECEIVING("public.kpi_dossier"),
    /** The unit that resolved (or is to resolve) it: the events' {@code resolvingUnit}, else the receiving unit. */
    RESOLVING("public.kpi_dossier_by_resolving_unit");

    /** The OpenAPI text of the query parameter. */
    public static final String DESCRIPTION = "Which unit of a dossier 'unit', 'level', includeSubUnits and the UNIT "
            + "and LEVEL groupings refer to: RECEIVING (default) = the unit that received the dossier; RESOLVING = "
            + "the unit that resolved it or is to resolve it (another commune or a provincial department for an "
            + "inter-linked dossier, else the receiving unit). A dossier counts once by each role, never twice in "
            + "one figure. Survey responses always count for the unit they name (the desk that served the "
            + "applicant).";

    private final String dossierView;

    UnitRole(String dossierView) {
        this.dossierView = dossierView;
    }

    /** The read-model view of the dossiers whose {@code unit_*} columns are this role's unit. */
    public String dossierView() {
        return dossierView;
    }
}
