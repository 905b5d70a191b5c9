package vn.motcua.catalog.common;

import vn.motcua.problem.FieldErrors;

/** A requested page: {@code page} from 0, {@code size} between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep pages are useless to people and expensive to count past. */
    public static final int MAX_PAGE = 10_000;

    public int offset() {
        return page * size;
    }

    /** Parses the {@code page} and {@code size} query parameters, collecting what is wrong. */
    public static PageRequest parse(String page, String size, FieldErrors errors) {
        Integer p = QueryParams.integer("page", page, 0, 0, MAX_PAGE, errors);
        Integer s = QueryParams.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        return new PageRequest(p == null ? 0 : p, s == null ? DEFAULT_SIZE : s);
    }
}
