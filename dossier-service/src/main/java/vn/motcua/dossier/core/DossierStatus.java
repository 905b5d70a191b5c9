package vn.motcua.dossier.core;

/** A dossier's state, mirroring the national portal's codes (DESIGN.md, Lifecycle). */
public enum DossierStatus {
    RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, RESOLVED, RETURNED, WITHDRAWN, REFUSED
}
