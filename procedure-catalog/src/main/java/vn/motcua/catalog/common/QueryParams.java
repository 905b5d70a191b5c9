package vn.motcua.catalog.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.SupportedDates;

/**
 * Parses query parameters taken as strings, so that a bad value is a 400 naming the parameter (the
 * framework's own conversion answers 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    /** The description of an {@code at} parameter (OpenAPI has no minimum or maximum for a date). */
    public static final String AT_DOC = "date yyyy-MM-dd from " + SupportedDates.RANGE + ", default today";

    private QueryParams() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static Integer integer(String name, String value, Integer fallback, int min, int max, FieldErrors errors) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                errors.add(name, "must be between " + min + " and " + max);
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(name, "must be an integer between " + min + " and " + max);
            return null;
        }
    }

    public static LocalDate date(String name, String value, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!SupportedDates.contains(date)) {
                errors.add(name, SupportedDates.MESSAGE);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(name, "must be a date yyyy-MM-dd");
            return null;
        }
    }

    public static Boolean bool(String name, String value, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(name, "must be true or false");
                yield null;
            }
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** A text parameter of at most {@code maxLength} characters, stripped; {@code null} when blank. */
    public static String text(String name, String value, int maxLength, FieldErrors errors) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            errors.add(name, "must be at most " + maxLength + " characters");
            return null;
        }
        return stripped;
    }
}
