package vn.motcua.dossier.query;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.dossier.core.Codes;
import vn.motcua.problem.FieldErrors;
import vn.motcua.problem.SupportedDates;

/**
 * Reads query parameters, collecting every bad one; {@link #check()} answers 400 naming each. Paging:
 * {@code page} from 0 to {@value #MAX_PAGE}, {@code size} 1–{@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}).
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deeper pages are refused: narrow the filters instead of paging through everything. */
    public static final int MAX_PAGE = 10_000;

    private static final Pattern UNIT_CODE = Pattern.compile(Codes.UNIT_CODE);

    private final FieldErrors errors = new FieldErrors();

    public void add(String name, String message) {
        errors.add(name, message);
    }

    /** 400 listing every bad parameter, if any. */
    public void check() {
        errors.throwIfAny();
    }

    public int page(String raw) {
        return integer("page", raw, 0, 0, MAX_PAGE);
    }

    public int size(String raw) {
        return integer("size", raw, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int integer(String name, String raw, int fallback, int min, int max) {
        if (absent(raw)) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value out of range
        }
        add(name, "must be an integer from " + min + " to " + max);
        return fallback;
    }

    public String unitCode(String name, String raw) {
        return code(name, raw, UNIT_CODE, "an electronic unit code like 000.20.20.H26");
    }

    /** The trimmed value, or null when absent; reported when it does not match {@code pattern}. */
    public String code(String name, String raw, Pattern pattern, String expected) {
        if (absent(raw)) {
            return null;
        }
        String value = raw.strip();
        if (!pattern.matcher(value).matches()) {
            add(name, "must be " + expected);
        }
        return value;
    }

    public LocalDate date(String name, String raw) {
        if (absent(raw)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (!SupportedDates.contains(date)) {
                add(name, SupportedDates.MESSAGE);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            add(name, "must be a date yyyy-MM-dd, e.g. 2026-07-15");
            return null;
        }
    }

    /** Reports {@code fromName} when it is after {@code to}. */
    public void inOrder(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            add(fromName, "must not be after " + toName + " (" + to + ")");
        }
    }

    public Boolean bool(String name, String raw) {
        if (absent(raw)) {
            return null;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                add(name, "must be true or false");
                yield null;
            }
        };
    }

    /** Repeated parameters and comma-separated values both work: {@code status=RECEIVED,IN_PROGRESS}. */
    public <E extends Enum<E>> Set<E> enums(String name, List<String> raw, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (raw == null) {
            return values;
        }
        for (String part : raw.stream().flatMap(r -> List.of(r.split(",", -1)).stream()).toList()) {
            E value = enumValue(name, part, type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    public <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(name, "unknown value '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'; one of "
                    + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** Adds the {@code Link} header with rel=next and rel=prev, keeping the request's other parameters. */
    public static Response.ResponseBuilder withLinks(Response.ResponseBuilder response, UriInfo uri, int page,
            int size, long total, boolean hasNext) {
        List<String> links = new ArrayList<>();
        if (hasNext) {
            links.add(link(uri, page + 1, "next"));
        }
        if (page > 0) {
            long last = total == 0 ? 0 : (total - 1) / size;
            links.add(link(uri, (int) Math.min(page - 1, last), "prev"));
        }
        return links.isEmpty() ? response : response.header("Link", String.join(", ", links));
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }

    private static boolean absent(String raw) {
        return raw == null || raw.isBlank();
    }
}
