package vn.motcua.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the invalid inputs of one request so that all are answered at once, in every service the same way: a
 * problem whose {@code errors} list them and whose detail reads {@code field: message; field: message}.
 */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public static FieldErrors of(Collection<FieldError> found) {
        return new FieldErrors().addAll(found);
    }

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors addAll(Collection<FieldError> found) {
        errors.addAll(found);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Whether an error about {@code field} was already found (a later rule about it would only repeat it). */
    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Throws a 400 validation problem listing the errors, if any. */
    public void throwIfAny() {
        throwIfAny(ProblemType.VALIDATION);
    }

    /** Throws a problem of {@code type} listing the errors, if any. */
    public void throwIfAny(ProblemType type) {
        if (!errors.isEmpty()) {
            throw problem(type, errors);
        }
    }

    /** The problem of {@code type} that lists {@code errors}. */
    public static ProblemException problem(ProblemType type, List<FieldError> errors) {
        return new ProblemException(type, describe(errors), errors);
    }

    /** The detail sentence of a problem about {@code errors}: {@code field: message; field: message}. */
    public static String describe(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList());
    }
}
