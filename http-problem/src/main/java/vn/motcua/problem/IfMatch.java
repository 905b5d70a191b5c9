package vn.motcua.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} precondition of RFC 9110 §13.1.1, the one reading every service uses for its updates of
 * shared records: {@code *} matches when the record exists (the caller found it, so it proceeds); otherwise a
 * comma-separated list of entity tags, compared strongly, so a weak tag {@code W/"3"} never matches. Missing is
 * 428 (these services require the precondition, to prevent lost updates), malformed is 400 naming the header,
 * no match is 412 with the current {@code ETag}.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** How every service reads the header, for the OpenAPI documents. */
    public static final String DESCRIPTION = "The ETag of the record as you last read it: 428 without it, 412 when "
            + "the record has changed since. Compared strongly (RFC 9110 §13.1.1): a weak tag W/\"3\" never "
            + "matches; a comma-separated list matches when one of its tags does; * matches whatever the current "
            + "version is.";

    /**
     * One element of the list: an entity-tag (RFC 9110 §8.8.3: optional weakness indicator, then a quoted opaque
     * value, which may itself hold commas) or nothing (a list may have empty elements, §5.6.1), then a comma or
     * the end.
     */
    private static final Pattern ELEMENT = Pattern.compile(
            "[ \\t]*(?:(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\")?[ \\t]*(?:,|\\z)");
    private static final String MALFORMED = "must be * or one or more entity tags such as \"3\" (quoted, "
            + "comma-separated)";

    private final boolean any;
    private final List<String> strongValues;

    private IfMatch(boolean any, List<String> strongValues) {
        this.any = any;
        this.strongValues = strongValues;
    }

    /**
     * Parses the header of an update of {@code what} (e.g. "the dossier", "field HT"): 428 when it is missing,
     * 400 naming {@value #HEADER} when it is neither {@code *} nor a list of entity tags.
     */
    public static IfMatch require(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of " + what + " as you last read it").with("header", HEADER);
        }
        String value = header.strip();
        if (value.equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<String> strong = new ArrayList<>();
        int tags = 0;
        Matcher m = ELEMENT.matcher(value);
        int at = 0;
        while (at < value.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                throw ProblemException.invalidField(HEADER, MALFORMED);
            }
            if (m.group(2) != null) {
                tags++;
                if (m.group(1) == null) {
                    strong.add(m.group(2));
                }
            }
            at = m.end();
        }
        if (tags == 0) {
            throw ProblemException.invalidField(HEADER, MALFORMED);
        }
        return new IfMatch(false, List.copyOf(strong));
    }

    /** Whether the precondition holds for the current strong tag's opaque value (a version such as {@code 3}). */
    public boolean matches(String current) {
        return any || strongValues.contains(current);
    }

    /** 412 naming {@code what} and carrying the current ETag unless the precondition holds. */
    public void check(String current, String what) {
        if (!matches(current)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, what + " has changed since you read it "
                    + "(current ETag \"" + current + "\"): read it again").withHeader("ETag", "\"" + current + "\"");
        }
    }

    /** {@link #require} then {@link #check} for a record whose ETag is its version. */
    public static void requireMatch(String header, int currentVersion, String what) {
        require(header, what).check(Integer.toString(currentVersion), what);
    }
}
