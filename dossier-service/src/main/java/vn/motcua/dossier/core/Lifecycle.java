package vn.motcua.dossier.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dossier state machine, free of persistence: RECEIVED → IN_PROGRESS ⇄
 * SUPPLEMENT_REQUESTED → RESOLVED → RETURNED; WITHDRAWN from RECEIVED, IN_PROGRESS or SUPPLEMENT_REQUESTED;
 * REFUSED from RECEIVED. An apology letter (APOLOGIZE) keeps the state; it is possible only for a late dossier
 * that is not finished, and a late dossier's result cannot be returned before one. Handing an inter-linked dossier
 * to another unit keeps the state too: TRANSFER (to the resolving unit) before processing or during it,
 * RETURN_TO_RECEIVER during processing (for the applicant to be told, e.g. of missing items) or with the result.
 */
public final class Lifecycle {

    /** What besides the state decides: is the dossier late (see {@link Timeliness}), has it an apology letter. */
    public record Facts(boolean late, boolean apologized) {
        public static final Facts ON_TIME = new Facts(false, false);
    }

    private Lifecycle() {
    }

    /** The state an action leads to from {@code from}, ignoring the apology rule; null if none. */
    static DossierStatus target(DossierStatus from, Action action) {
        return switch (from) {
            case RECEIVED -> switch (action) {
                case START -> DossierStatus.IN_PROGRESS;
                case REFUSE -> DossierStatus.REFUSED;
                case WITHDRAW -> DossierStatus.WITHDRAWN;
                case APOLOGIZE, TRANSFER -> DossierStatus.RECEIVED;
                default -> null;
            };
            case IN_PROGRESS -> switch (action) {
                case REQUEST_SUPPLEMENT -> DossierStatus.SUPPLEMENT_REQUESTED;
                case RESOLVE -> DossierStatus.RESOLVED;
                case WITHDRAW -> DossierStatus.WITHDRAWN;
                case APOLOGIZE, TRANSFER, RETURN_TO_RECEIVER -> DossierStatus.IN_PROGRESS;
                default -> null;
            };
            case SUPPLEMENT_REQUESTED -> switch (action) {
                case RECEIVE_SUPPLEMENT -> DossierStatus.IN_PROGRESS;
                case WITHDRAW -> DossierStatus.WITHDRAWN;
                case APOLOGIZE -> DossierStatus.SUPPLEMENT_REQUESTED;
                default -> null;
            };
            case RESOLVED -> switch (action) {
                case RETURN -> DossierStatus.RETURNED;
                case APOLOGIZE, RETURN_TO_RECEIVER -> DossierStatus.RESOLVED;
                default -> null;
            };
            case RETURNED, WITHDRAWN, REFUSED -> null;
        };
    }

    /** Whether {@code action} is allowed now. */
    public static boolean allows(DossierStatus from, Action action, Facts facts) {
        DossierStatus to = target(from, action);
        if (to == null) {
            return false;
        }
        if (action == Action.APOLOGIZE) {
            return facts.late();
        }
        if (action == Action.RETURN) {
            return !facts.late() || facts.apologized();
        }
        return true;
    }

    /** The actions allowed now, in declaration order. */
    public static Set<Action> allowedActions(DossierStatus from, Facts facts) {
        EnumSet<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (allows(from, action, facts)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** The state after {@code action}, or {@link IllegalTransitionException} naming what is allowed. */
    public static DossierStatus apply(DossierStatus from, Action action, Facts facts) {
        if (!allows(from, action, facts)) {
            String reason;
            if (action == Action.RETURN && target(from, action) != null) {
                reason = "the dossier is late: record an apology letter with a new appointment date before "
                        + "returning its result";
            } else if (action == Action.APOLOGIZE && target(from, action) != null) {
                reason = "only a late dossier needs an apology letter";
            } else {
                reason = action + " is not possible in state " + from;
            }
            throw new IllegalTransitionException(from, action, allowedActions(from, facts), reason);
        }
        return target(from, action);
    }

    /**
     * Not yet decided (RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED): what the dossier holds may still change, e.g.
     * files attached to its components. A resolved dossier waits only for its result to be returned.
     */
    public static boolean isOpen(DossierStatus status) {
        return status == DossierStatus.RECEIVED || status == DossierStatus.IN_PROGRESS
                || status == DossierStatus.SUPPLEMENT_REQUESTED;
    }

    /** States no action leaves. */
    public static boolean isFinal(DossierStatus status) {
        return status == DossierStatus.RETURNED || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.REFUSED;
    }
}
