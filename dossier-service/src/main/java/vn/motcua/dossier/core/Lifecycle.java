package vn.motcua.dossier.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dossier state machine, free of persistence: RECEIVED → IN_PROGRESS ⇄
 * SUPPLEMENT_REQUESTED → RESOLVED → RETURNED; WITHDRAWN from RECEIVED, IN_PROGRESS or SUPPLEMENT_REQUESTED;
 * REFUSED from RECEIVED; STOPPED from IN_PROGRESS or SUPPLEMENT_REQUESTED. An apology letter (APOLOGIZE) keeps the
 * state; it is possible only for a late dossier that is not finished, and a late dossier's result cannot be
 * returned before one. Handing an inter-linked dossier to another unit keeps the state: TRANSFER (to the resolving
 * unit) before processing or during it, RETURN_TO_RECEIVER during processing (for the applicant to be told, e.g. of
 * missing items) or with the result.
 *
 * <p>Where the rules come from. Decree 118/2025/NĐ-CP (in force 1 July 2025, replacing Decree 61/2018/NĐ-CP) lets
 * the agency stop processing a received dossier (dừng giải quyết), notified to the applicant on form 05 of Circular
 * 03/2025/TT-VPCP; both read second-hand, the decree's article not verified. We allow it while the dossier is being
 * processed or waits for a supplement (its usual cause: a supplement not delivered): before processing starts the
 * desk refuses at intake instead (REFUSE, form 03), and a resolved dossier has nothing left to stop. A supplement is
 * to be requested once, listing everything missing (Decree 61/2018 and, as read second-hand, Decree 118); a second
 * request when what came back is still incomplete happens in practice, and Decision 766/QĐ-TTg counts such a dossier
 * as late. So a second request is allowed, with its reason ({@link Dossier#requestSupplement}), and a third refused.
 */
public final class Lifecycle {

    /** Supplement requests a dossier may receive: the one the decree intends and a second with its reason. */
    public static final int MAX_SUPPLEMENT_REQUESTS = 2;

    /**
     * What besides the state decides: is the dossier late (see {@link Punctuality}), has it an apology letter, how
     * many supplements were requested from the applicant.
     */
    public record Facts(boolean late, boolean apologized, int supplementRequests) {
        public static final Facts ON_TIME = new Facts(false, false, 0);
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
                case STOP -> DossierStatus.STOPPED;
                default -> null;
            };
            case SUPPLEMENT_REQUESTED -> switch (action) {
                case RECEIVE_SUPPLEMENT -> DossierStatus.IN_PROGRESS;
                case WITHDRAW -> DossierStatus.WITHDRAWN;
                case APOLOGIZE -> DossierStatus.SUPPLEMENT_REQUESTED;
                case STOP -> DossierStatus.STOPPED;
                default -> null;
            };
            case RESOLVED -> switch (action) {
                case RETURN -> DossierStatus.RETURNED;
                case APOLOGIZE, RETURN_TO_RECEIVER -> DossierStatus.RESOLVED;
                default -> null;
            };
            case RETURNED, WITHDRAWN, REFUSED, STOPPED -> null;
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
        if (action == Action.REQUEST_SUPPLEMENT) {
            return facts.supplementRequests() < MAX_SUPPLEMENT_REQUESTS;
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
            } else if (action == Action.REQUEST_SUPPLEMENT && target(from, action) != null) {
                reason = "a supplement was already requested " + facts.supplementRequests() + " times, the most "
                        + "allowed: resolve, stop or withdraw the dossier";
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
                || status == DossierStatus.REFUSED || status == DossierStatus.STOPPED;
    }
}
