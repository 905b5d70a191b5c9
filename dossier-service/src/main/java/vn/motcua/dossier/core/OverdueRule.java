package vn.motcua.dossier.core;

import java.util.Set;

/**
 * When a dossier counts as overdue: the overdue check marked it (pending past its due date) and it is not
 * finished. It stays overdue while a supplement is requested (the applicant's wait does not make it less late);
 * a received supplement restarts the clock and clears the mark.
 */
public final class OverdueRule {

    /** States in which a marked dossier is overdue. */
    public static final Set<DossierStatus> UNFINISHED = Set.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
            DossierStatus.SUPPLEMENT_REQUESTED);

    /** The rule on table {@code dossier}. */
    public static final String SQL = "overdue_at is not null and status in ('RECEIVED', 'IN_PROGRESS', "
            + "'SUPPLEMENT_REQUESTED')";

    private OverdueRule() {
    }

    public static boolean overdue(Dossier dossier) {
        return dossier.overdueAt != null && UNFINISHED.contains(dossier.status);
    }
}
