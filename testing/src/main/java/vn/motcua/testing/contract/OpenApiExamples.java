package vn.motcua.testing.contract;

import static vn.motcua.testing.contract.OpenApiJson.list;
import static vn.motcua.testing.contract.OpenApiJson.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where an OpenAPI document (as parsed JSON) leaves a client guessing: a parameter without an example, or a
 * JSON or CSV body (request, or 2xx answer) with a value no example shows. A schema shows its values when it has an
 * example, an enumeration or a default, or when every item or property in it does; {@code $ref}s are followed.
 */
final class OpenApiExamples {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> EXAMPLE_KEYS = Set.of("example", "examples", "enum", "default");
    private static final int MAX_DEPTH = OpenApiJson.MAX_DEPTH;

    private final OpenApiJson document;
    private final List<String> gaps = new ArrayList<>();
    private int operationsChecked;

    OpenApiExamples(Map<String, Object> parsed) {
        this.document = new OpenApiJson(parsed);
        map(parsed.get("paths")).forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                map(operations).forEach((method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        check(method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                    }
                });
            }
        });
    }

    List<String> gaps() {
        return gaps;
    }

    int operationsChecked() {
        return operationsChecked;
    }

    private void check(String name, Map<String, Object> operation) {
        operationsChecked++;
        for (Object item : list(operation.get("parameters"))) {
            Map<String, Object> parameter = map(document.resolve(item));
            if (!hasExample(parameter) && !unshown(parameter.get("schema"), "", 0).isEmpty()) {
                gaps.add(name + ": parameter " + parameter.get("name") + " has no example");
            }
        }
        Object requestBody = operation.get("requestBody");
        if (requestBody != null) {
            checkContent(name + ": request body", map(document.resolve(requestBody)).get("content"));
        }
        map(operation.get("responses")).forEach((status, response) -> {
            if (!status.startsWith("2")) {
                return;
            }
            Object content = map(document.resolve(response)).get("content");
            if (!"204".equals(status) && map(content).isEmpty()) {
                gaps.add(name + ": answer " + status + " does not describe its content");
            }
            checkContent(name + ": answer " + status, content);
        });
    }

    private void checkContent(String where, Object content) {
        map(content).forEach((mediaType, value) -> {
            Map<String, Object> media = map(value);
            if (!textual(mediaType) || hasExample(media)) {
                return;
            }
            if (media.get("schema") == null) {
                gaps.add(where + " (" + mediaType + ") has neither a schema nor an example");
                return;
            }
            List<String> unshown = unshown(media.get("schema"), "", 0);
            if (!unshown.isEmpty()) {
                gaps.add(where + " (" + mediaType + ") has no example for " + String.join(", ", unshown));
            }
        });
    }

    /** The places in a schema no example shows, as paths like {@code .items[].name}; empty when all are shown. */
    private List<String> unshown(Object schemaOrRef, String at, int depth) {
        Map<String, Object> schema = map(document.resolve(schemaOrRef));
        // an example beside a $ref is the example of this use of the referenced schema
        if (hasExample(map(schemaOrRef)) || hasExample(schema) || "binary".equals(schema.get("format"))) {
            return List.of();
        }
        if (depth > MAX_DEPTH) {
            return List.of(at + " (nested too deep to check)");
        }
        List<String> unshown = new ArrayList<>();
        for (Object part : list(schema.get("allOf"))) {
            unshown.addAll(unshown(part, at, depth + 1));
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            List<Object> parts = list(schema.get(alternatives));
            if (!parts.isEmpty() && parts.stream().noneMatch(part -> unshown(part, at, depth + 1).isEmpty())) {
                unshown.add(at + " (" + alternatives + ")");
            }
        }
        if (schema.containsKey("items")) {
            unshown.addAll(unshown(schema.get("items"), at + "[]", depth + 1));
        }
        map(schema.get("properties")).forEach((property, propertySchema) ->
                unshown.addAll(unshown(propertySchema, at + "." + property, depth + 1)));
        boolean composite = schema.containsKey("allOf") || schema.containsKey("oneOf") || schema.containsKey("anyOf")
                || schema.containsKey("items") || !map(schema.get("properties")).isEmpty();
        if (!composite) {
            unshown.add(at.isEmpty() ? "(the whole body)" : at);
        }
        return unshown;
    }

    private static boolean hasExample(Map<String, Object> node) {
        return EXAMPLE_KEYS.stream().anyMatch(node::containsKey);
    }

    private static boolean textual(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.contains("json") || type.startsWith("text/");
    }
}
