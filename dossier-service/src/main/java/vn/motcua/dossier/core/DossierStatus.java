package vn.motcua.dossier.core;

/**
 * A dossier's state; the transitions between them are {@link Lifecycle}'s (docs/architecture.md, "Inside
 * dossier-service"), the national portal's code of each is {@link PortalStatus}'s. STOPPED is processing stopped
 * (dừng giải quyết) under Decree 118/2025/NĐ-CP.
 */
public enum DossierStatus {
    RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED, WITHDRAWN, REFUSED, STOPPED
}
