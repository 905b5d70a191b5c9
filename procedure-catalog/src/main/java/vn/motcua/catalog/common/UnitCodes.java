package vn.motcua.catalog.common;

import java.util.regex.Pattern;

/**
 * Electronic identifier codes of units and agencies (Decision 20/2020/QĐ-TTg shape, e.g. {@code 000.00.20.H26}), as
 * units carry them and procedures name their resolving agency by them. Pure.
 */
public final class UnitCodes {

    public static final Pattern CODE = Pattern.compile("^[0-9A-Z]+(\\.[0-9A-Z]+)*$");
    public static final int MAX = 35;

    private UnitCodes() {
    }

    /** Why the text is not an electronic identifier code, or {@code null} when it is one. */
    public static String problem(String code) {
        if (code == null) {
            return "must not be blank";
        }
        if (code.length() > MAX) {
            return "must be at most " + MAX + " characters";
        }
        if (!CODE.matcher(code).matches()) {
            return "must be dot-separated groups of 0-9 and A-Z, like 000.00.20.H26";
        }
        return null;
    }
}
