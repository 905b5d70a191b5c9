package vn.motcua.dossier.core;

/** What an officer can do to a dossier; each is one endpoint under {@code /api/v1/dossiers/{id}}. */
public enum Action {
    START, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, RESOLVE, RETURN, WITHDRAW, REFUSE, APOLOGIZE, STOP;

    /**
     * Whether the action settles the outcome, so {@code dossier-resolved} is published (an apology never does; a
     * stop ends the dossier with outcome REJECTED).
     */
    public boolean resolves() {
        return this == RESOLVE || this == WITHDRAW || this == STOP;
    }
}
