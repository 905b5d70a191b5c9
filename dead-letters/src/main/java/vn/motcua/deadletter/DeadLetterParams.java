package vn.motcua.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.motcua.problem.FieldError;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** The query parameters of the dead-letter operations, every bad one named in one 400. */
final class DeadLetterParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final Set<String> topics;
    private final List<FieldError> errors = new ArrayList<>();

    DeadLetterParams(Set<String> topics) {
        this.topics = topics;
    }

    /** A topic this service consumes; null when absent and optional. */
    String topic(String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add(new FieldError("topic", "is required: one of " + String.join(", ", topics)));
            }
            return null;
        }
        if (!topics.contains(raw)) {
            errors.add(new FieldError("topic", "must be one of " + String.join(", ", topics)));
            return null;
        }
        return raw;
    }

    /** True for PENDING (the default), false for REDRIVEN. */
    boolean pending(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("PENDING")) {
            return true;
        }
        if (!raw.equals("REDRIVEN")) {
            errors.add(new FieldError("status", "must be PENDING or REDRIVEN"));
        }
        return false;
    }

    int integer(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
    }
}
