package vn.motcua.testing.contract;

import java.util.List;
import java.util.Map;

/** An OpenAPI document as parsed JSON (maps and lists), with its {@code $ref}s followed on demand. */
final class OpenApiJson {

    static final int MAX_DEPTH = 12;

    private final Map<String, Object> document;

    OpenApiJson(Map<String, Object> document) {
        this.document = document;
    }

    /** The node a {@code $ref} points to (through chains of them), or the node itself when it is no reference. */
    Object resolve(Object node) {
        Object current = node;
        for (int hops = 0; hops < MAX_DEPTH && map(current).get("$ref") instanceof String ref; hops++) {
            Object target = document;
            for (String segment : ref.substring(ref.indexOf('#') + 2).split("/")) {
                target = map(target).get(segment.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
