package vn.motcua.catalog.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Optimistic concurrency for shared records: a record's ETag is its version ({@code "3"}); an update must
 * send it back in {@code If-Match} (428 without it, 412 when the record has changed since).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    public static String header(int version) {
        return "\"" + version + "\"";
    }

    /** Checks {@code If-Match} against the record's current version. */
    public static void requireMatch(String ifMatch, int currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of " + what + " as you last read it");
        }
        String current = Integer.toString(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(ETags::opaque)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    what + " has changed since you read it (current ETag " + header(currentVersion) + ")")
                    .withHeader("ETag", header(currentVersion));
        }
    }

    /** The tag's opaque value: {@code W/"3"} and {@code "3"} both give {@code 3}; {@code *} names no version. */
    static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
