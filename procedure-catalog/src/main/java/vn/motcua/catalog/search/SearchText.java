package vn.motcua.catalog.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the search compares it: lower case, without Vietnamese diacritics (đ included), every run of other
 * characters (punctuation, dashes, the dots of codes) one space, with a leading space so that {@code " khai si"}
 * matches only at the start of a word. Procedures and queries go through the same function.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchText() {
    }

    static String of(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return " " + SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    /** The words of an already normalised text. */
    static String[] words(String normalised) {
        String stripped = normalised.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split(" ");
    }
}
