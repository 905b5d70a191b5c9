package vn.motcua.deadletter;

import java.util.Set;
import vn.motcua.problem.FieldErrors;

/** The query parameters of the dead-letter operations, every bad one named in one 400. */
final class DeadLetterParams {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 10_000;

    private final Set<String> topics;
    private final FieldErrors errors = new FieldErrors();

    DeadLetterParams(Set<String> topics) {
        this.topics = topics;
    }

    /** A topic this service consumes; null when absent and optional. */
    String topic(String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                errors.add("topic", "is required: one of " + String.join(", ", topics));
            }
            return null;
        }
        if (!topics.contains(raw)) {
            errors.add("topic", "must be one of " + String.join(", ", topics));
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
            errors.add("status", "must be PENDING or REDRIVEN");
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
        errors.add(name, "must be an integer from " + min + " to " + max);
        return fallback;
    }

    void check() {
        errors.throwIfAny();
    }
}
