package vn.motcua.catalog.common;

import java.text.Normalizer;

/** How catalog text is cleaned before it is validated and stored: NFC, stripped, blank means absent. */
public final class TextRules {

    private TextRules() {
    }

    /** NFC-normalised and stripped; {@code null} for null or blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return normalized.isEmpty() ? null : normalized;
    }

    /** Whether the text contains a control character (line breaks and tabs included). */
    public static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
