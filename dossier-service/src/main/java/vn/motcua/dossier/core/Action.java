package vn.motcua.dossier.core;

/** What an officer can do to a dossier; each is one endpoint under {@code /api/v1/dossiers/{id}}. */
public enum Action {
    START(Side.RESOLVER), REQUEST_SUPPLEMENT(Side.RECEIVER), RECEIVE_SUPPLEMENT(Side.RECEIVER), RESOLVE(Side.RESOLVER),
    RETURN(Side.RECEIVER), WITHDRAW(Side.RECEIVER), REFUSE(Side.RECEIVER), APOLOGIZE(Side.EITHER),
    STOP(Side.RESOLVER), TRANSFER(Side.HOLDER), RETURN_TO_RECEIVER(Side.RESOLVER);

    /**
     * Whose part of an inter-linked dossier (một cửa liên thông) an action is: the receiving unit's desk takes the
     * dossier in, deals with the applicant (supplements, withdrawal) and hands over the result; the resolving unit
     * processes it; either may apologise for a delay; the unit holding the dossier hands it on. Officers of the unit
     * (or of a unit above it) do their unit's part; for anyone else the dossier does not exist (404). The receiving
     * and the resolving side act only while their unit holds the dossier ({@link Dossier#heldBy}; else 409).
     */
    public enum Side {
        RECEIVER, RESOLVER, EITHER, HOLDER
    }

    private final Side side;

    Action(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /**
     * Whether the action settles the outcome, so {@code dossier-resolved} is published (an apology never does; a
     * stop ends the dossier with outcome REJECTED).
     */
    public boolean resolves() {
        return this == RESOLVE || this == WITHDRAW || this == STOP;
    }

    /** Whether the action hands the dossier to another unit, so {@code dossier-transferred} is published. */
    public boolean transfers() {
        return this == TRANSFER || this == RETURN_TO_RECEIVER;
    }
}
