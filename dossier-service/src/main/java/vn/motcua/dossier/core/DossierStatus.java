package vn.motcua.dossier.core;

/**
 * A dossier's state; the transitions between them are {@link Lifecycle}'s (docs/architecture.md, "Inside
 * dossier-service").
 */
public enum DossierStatus {
    RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED, WITHDRAWN, REFUSED
}
