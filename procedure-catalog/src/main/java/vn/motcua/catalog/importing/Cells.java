package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.catalog.common.TextRules;

/** Cell-level parsing shared by the procedure and unit columns: lists, words, numbers, dates. Pure. */
final class Cells {

    static final String ITEM_SEPARATOR = ";";
    static final String PART_SEPARATOR = "|";

    private Cells() {
    }

    /** A problem with one cell. */
    static final class CellException extends Exception {
        CellException(String message) {
            super(message, null, false, false);
        }
    }

    /** The cleaned text, or null when blank. */
    static String text(String cell) {
        return TextRules.clean(cell);
    }

    /** The non-blank items of a {@code ;}-separated list, stripped. */
    static List<String> items(String cell) {
        String text = text(cell);
        if (text == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(";", -1)) {
            String cleaned = TextRules.clean(item);
            if (cleaned != null) {
                items.add(cleaned);
            }
        }
        return items;
    }

    /** The parts of an item, split at {@code |}, stripped (blank parts kept as ""). */
    static List<String> parts(String item) {
        return Arrays.stream(item.split("\\|", -1)).map(p -> p.strip()).toList();
    }

    /** A whole number, or null when blank. */
    static Long number(String cell, String what) throws CellException {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (!text.matches("[+-]?[0-9]{1,15}")) {
            throw new CellException("'" + text + "' is not a whole number" + (what.isEmpty() ? "" : " (" + what + ")"));
        }
        return Long.parseLong(text);
    }

    static LocalDate date(String cell) throws CellException {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellException("'" + text + "' is not a date yyyy-MM-dd");
        }
    }

    /**
     * The words a column accepts (case and spacing ignored) and the value of each; the first word given for a
     * value is the one exports write.
     */
    static final class Vocabulary<T> {
        private final Map<String, T> byKey = new LinkedHashMap<>();
        private final Map<T, String> words = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        static <T> Vocabulary<T> of(Object... wordsAndValues) {
            Vocabulary<T> vocabulary = new Vocabulary<>();
            for (int i = 0; i < wordsAndValues.length; i += 2) {
                String word = (String) wordsAndValues[i];
                T value = (T) wordsAndValues[i + 1];
                vocabulary.byKey.put(key(word), value);
                vocabulary.words.putIfAbsent(value, word);
            }
            return vocabulary;
        }

        T lookup(String text) {
            return byKey.get(key(text));
        }

        String word(T value) {
            String word = words.get(value);
            if (word == null) {
                throw new IllegalArgumentException("no word for " + value);
            }
            return word;
        }

        /** The canonical words, for messages: "Có, Không". */
        String expected() {
            return String.join(", ", words.values());
        }
    }

    /** A word of a fixed vocabulary, or null when blank. */
    static <T> T word(String cell, Vocabulary<T> vocabulary) throws CellException {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        T value = vocabulary.lookup(text);
        if (value == null) {
            throw new CellException("'" + text + "' is not one of " + vocabulary.expected());
        }
        return value;
    }

    static String key(String text) {
        String cleaned = TextRules.clean(text);
        return cleaned == null ? "" : cleaned.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String joined(List<String> items) {
        return items.stream().collect(Collectors.joining(ITEM_SEPARATOR));
    }
}
