package vn.motcua.dossier.migration;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.core.Action;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.SupportedDates;

/**
 * What each recorded step must carry, as the live transition endpoints require it: REQUEST_SUPPLEMENT the missing
 * items, RESOLVE an outcome (a reason when REJECTED), REFUSE a reason, WITHDRAW the applicant's note, APOLOGIZE a
 * new appointment date; a field that belongs to another action is refused rather than silently dropped.
 */
final class ImportRules {

    private ImportRules() {
    }

    static List<FieldError> checkStep(DossierImportRequest.Step step, String at) {
        List<FieldError> errors = new ArrayList<>();
        Action action = step.action();
        if (action.transfers()) {
            // historical dossiers were resolved where they were received (before the two-level government)
            errors.add(new FieldError(at + ".action", action + " cannot be imported: an imported dossier is "
                    + "resolved by the unit that received it"));
        }
        boolean supplement = action == Action.REQUEST_SUPPLEMENT;
        if (supplement && (step.missingItems() == null || step.missingItems().isEmpty())) {
            errors.add(new FieldError(at + ".missingItems", "is required for REQUEST_SUPPLEMENT: 1–50 items"));
        } else if (supplement) {
            for (int k = 0; k < step.missingItems().size(); k++) {
                if (step.missingItems().get(k).isBlank()) {
                    errors.add(new FieldError(at + ".missingItems[" + k + "]", "must not be blank"));
                }
            }
        } else if (step.missingItems() != null) {
            errors.add(new FieldError(at + ".missingItems", "belongs to REQUEST_SUPPLEMENT only"));
        }
        if (action == Action.RESOLVE) {
            if (!"APPROVED".equals(step.outcome()) && !"REJECTED".equals(step.outcome())) {
                errors.add(new FieldError(at + ".outcome", "is required for RESOLVE: APPROVED or REJECTED"));
            } else if ("REJECTED".equals(step.outcome()) && stripped(step.reason()) == null) {
                errors.add(new FieldError(at + ".reason", "is required when REJECTED"));
            }
        } else if (step.outcome() != null) {
            errors.add(new FieldError(at + ".outcome", "belongs to RESOLVE only"));
        }
        if ((action == Action.REFUSE || action == Action.STOP) && stripped(step.reason()) == null) {
            errors.add(new FieldError(at + ".reason", "is required for " + action));
        } else if (step.reason() != null && action != Action.RESOLVE && action != Action.REFUSE
                && action != Action.STOP && action != Action.REQUEST_SUPPLEMENT) {
            errors.add(new FieldError(at + ".reason", "belongs to RESOLVE, REFUSE, STOP and REQUEST_SUPPLEMENT only"));
        }
        if (action == Action.WITHDRAW && stripped(step.note()) == null) {
            errors.add(new FieldError(at + ".note", "is required for WITHDRAW: the applicant's request"));
        }
        if (action == Action.APOLOGIZE && step.appointmentDate() == null) {
            errors.add(new FieldError(at + ".appointmentDate", "is required for APOLOGIZE"));
        } else if (action != Action.APOLOGIZE && step.appointmentDate() != null) {
            errors.add(new FieldError(at + ".appointmentDate", "belongs to APOLOGIZE only"));
        } else if (step.appointmentDate() != null && !SupportedDates.contains(step.appointmentDate())) {
            errors.add(new FieldError(at + ".appointmentDate", SupportedDates.MESSAGE));
        }
        if (step.actor().isBlank()) {
            errors.add(new FieldError(at + ".actor", "must not be blank"));
        }
        return errors;
    }

    /** The text without surrounding blanks; null when nothing is left. */
    static String stripped(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
