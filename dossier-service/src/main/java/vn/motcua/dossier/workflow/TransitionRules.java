package vn.motcua.dossier.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.events.Outcome;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.problem.SupportedDates;

/**
 * The transition requests' rules beyond field shapes (those are Bean Validation on {@link Requests}): which
 * fields go together, dates, and free text as it is stored (stripped, empty as none). A broken rule is a 400
 * naming the field.
 */
public final class TransitionRules {

    private TransitionRules() {
    }

    /** A resolution's outcome with its reason: a rejection needs one, an approval has none. */
    public record Resolution(Outcome outcome, String reason) {
    }

    public static Resolution resolution(Requests.Resolve body) {
        Outcome outcome = Outcome.valueOf(body.outcome());
        String reason = text(body.reason());
        if (outcome == Outcome.REJECTED && reason == null) {
            throw invalid(new FieldError("reason", "is required"));
        }
        if (outcome == Outcome.APPROVED && reason != null) {
            throw invalid(new FieldError("reason", "only a rejection has a reason"));
        }
        return new Resolution(outcome, reason);
    }

    /** An apology letter's appointment date: ISO-8601 and a supported date (after today is the dossier's rule). */
    public static LocalDate appointmentDate(Requests.Apology body) {
        return date(body.appointmentDate(), "appointmentDate");
    }

    /**
     * An apology letter's request to extend the time, or null without one: newDueDate ISO-8601 and supported, with
     * its reason (which goes with it only); how it relates to the due date is the dossier's rule.
     */
    public static Dossier.Extension extension(Requests.Apology body) {
        String reason = text(body.reason());
        if (body.newDueDate() == null) {
            if (reason != null) {
                throw invalid(new FieldError("reason", "only an extension (newDueDate) has a reason"));
            }
            return null;
        }
        LocalDate newDueDate = date(body.newDueDate(), "newDueDate");
        if (reason == null) {
            throw invalid(new FieldError("reason", "is required with newDueDate"));
        }
        return new Dossier.Extension(newDueDate, reason);
    }

    private static LocalDate date(String value, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(new FieldError(field, "must be a date like 2026-12-01"));
        }
        if (!SupportedDates.contains(date)) {
            throw invalid(new FieldError(field, SupportedDates.MESSAGE));
        }
        return date;
    }

    public static List<String> missingItems(Requests.Supplement body) {
        return body.missingItems().stream().map(String::strip).toList();
    }

    /** The note of a body that may be absent. */
    public static String note(Requests.Note body) {
        return body == null ? null : text(body.note());
    }

    /** Free text as stored: stripped, and none when empty. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static ProblemException invalid(FieldError error) {
        return FieldErrors.problem(ProblemType.VALIDATION, List.of(error));
    }
}
