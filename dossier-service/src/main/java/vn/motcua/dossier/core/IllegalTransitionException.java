package vn.motcua.dossier.core;

import java.util.Set;

/** An action the dossier's state does not allow, with what it does allow. */
public class IllegalTransitionException extends RuntimeException {

    private final DossierStatus currentState;
    private final Action action;
    private final Set<Action> allowedActions;

    public IllegalTransitionException(DossierStatus currentState, Action action, Set<Action> allowedActions,
            String reason) {
        super(reason);
        this.currentState = currentState;
        this.action = action;
        this.allowedActions = allowedActions;
    }

    public DossierStatus currentState() {
        return currentState;
    }

    public Action action() {
        return action;
    }

    public Set<Action> allowedActions() {
        return allowedActions;
    }
}
