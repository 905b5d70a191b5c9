package vn.motcua.dossier.migration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierStatus;
import vn.motcua.dossier.core.HistoryEntry;
import vn.motcua.dossier.core.IllegalTransitionException;
import vn.motcua.dossier.core.Lifecycle;
import vn.motcua.events.Outcome;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;

/**
 * Plays a past dossier's recorded steps through the live state machine ({@link Lifecycle}) and the live changes
 * of each action ({@link Dossier}'s), at the steps' own times: the dossier ends as live processing would have
 * left it (status, outcome, resolved time, due date restarted by a received supplement, apology), with the same
 * history entries. Nothing is written here.
 */
@ApplicationScoped
class StepReplay {

    private final WorkingCalendar calendar;

    StepReplay(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Applies {@code steps} to {@code dossier} (status RECEIVED, due date set); returns the history entries, or
     * adds to {@code errors} (fields under {@code at}) and stops at the first step that cannot happen.
     */
    List<HistoryEntry> replay(Dossier dossier, List<DossierImportRequest.Step> steps, OffsetDateTime now, String at,
            List<FieldError> errors) {
        List<HistoryEntry> entries = new ArrayList<>();
        OffsetDateTime previous = dossier.receivedAt;
        for (int j = 0; j < steps.size(); j++) {
            DossierImportRequest.Step step = steps.get(j);
            String field = at + ".steps[" + j + "]";
            if (step.at().isBefore(previous)) {
                errors.add(new FieldError(field + ".at", "must not be before the previous step or receivedAt ("
                        + inZone(previous) + ")"));
                return entries;
            }
            if (step.at().isAfter(now)) {
                errors.add(new FieldError(field + ".at", "must not be in the future"));
                return entries;
            }
            List<FieldError> own = ImportRules.checkStep(step, field);
            if (!own.isEmpty()) {
                errors.addAll(own);
                return entries;
            }
            OffsetDateTime time = inZone(step.at());
            DossierStatus to;
            try {
                to = dossier.next(step.action(), time);
            } catch (IllegalTransitionException e) {
                errors.add(new FieldError(field + ".action", e.getMessage() + " (allowed then: "
                        + (e.allowedActions().isEmpty() ? "none" : String.join(", ",
                                e.allowedActions().stream().map(Enum::name).toList())) + ")"));
                return entries;
            }
            Map<String, Object> details;
            try {
                details = change(dossier, step, time);
            } catch (ProblemException rejected) {
                rejected.errors().forEach(e -> errors.add(new FieldError(field + "." + e.field(), e.message())));
                return entries;
            }
            entries.add(dossier.moveTo(to, step.action(), time, step.actor().strip(),
                    ImportRules.stripped(step.note()), details));
            previous = step.at();
        }
        return entries;
    }

    /** What the step's action changes besides the state: the dossier's own change, as in live processing. */
    private Map<String, Object> change(Dossier dossier, DossierImportRequest.Step step, OffsetDateTime time) {
        return switch (step.action()) {
            case START, RETURN, TRANSFER, RETURN_TO_RECEIVER -> null; // transfers are refused by ImportRules
            case REQUEST_SUPPLEMENT -> dossier.requestSupplement(step.missingItems().stream().map(String::strip)
                    .toList(), ImportRules.stripped(step.reason()));
            case RECEIVE_SUPPLEMENT -> dossier.receiveSupplement(time, calendar);
            case RESOLVE -> dossier.resolve(Outcome.valueOf(step.outcome()), ImportRules.stripped(step.reason()), time);
            case WITHDRAW -> dossier.withdraw(time);
            case REFUSE -> dossier.refuse(step.reason().strip());
            case APOLOGIZE -> dossier.apologize(step.appointmentDate(), null, time, calendar);
            case STOP -> dossier.stop(step.reason().strip(), time);
        };
    }

    /** The time as the database keeps it (microseconds), in Vietnam's offset like live processing. */
    static OffsetDateTime inZone(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.MICROS);
    }
}
