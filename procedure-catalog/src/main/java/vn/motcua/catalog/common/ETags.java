package vn.motcua.catalog.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * A shared record's ETag is its version ({@code "3"}, strong); updates send it back in {@code If-Match}, checked
 * by {@link vn.motcua.problem.IfMatch} (428 without it, 412 when the record has changed since).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }
}
