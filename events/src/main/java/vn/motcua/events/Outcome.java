package vn.motcua.events;

/** How a dossier ended: resolved with approval or rejection, or withdrawn by the applicant. */
public enum Outcome {
    APPROVED, REJECTED, WITHDRAWN
}
