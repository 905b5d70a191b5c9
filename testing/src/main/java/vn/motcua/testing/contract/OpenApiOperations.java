package vn.motcua.testing.contract;

import static vn.motcua.testing.contract.OpenApiJson.list;
import static vn.motcua.testing.contract.OpenApiJson.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations under /api of an OpenAPI document (as parsed JSON), with what a test needs to call each with one
 * bad input and valid everything else: its parameters with their documented examples, and the scalar values of its
 * JSON body with their paths ({@code applicant.name}, {@code documents[0].copies}).
 */
final class OpenApiOperations {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int MAX_BODY_DEPTH = 4;

    /** A path or query parameter; {@code type} is its schema's JSON type ({@code string} for codes, ids, dates). */
    record Parameter(String name, String in, String type, Object example) {
    }

    /** A scalar in a JSON body: where it is (keys and list indexes from the root), its JSON type and format. */
    record BodyValue(List<Object> location, String type, String format) {

        /** The path as the services name it in {@code errors[].field}. */
        String path() {
            StringBuilder out = new StringBuilder();
            for (Object step : location) {
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(step);
                }
            }
            return out.toString();
        }

        /** A body holding only {@code value} at this place. */
        Object bodyWith(Object value) {
            Object body = value;
            for (int i = location.size() - 1; i >= 0; i--) {
                body = location.get(i) instanceof Integer ? List.of(body) : singleEntry((String) location.get(i), body);
            }
            return body;
        }

        private static Map<String, Object> singleEntry(String key, Object value) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(key, value);
            return entry;
        }
    }

    record Operation(String method, String path, List<Parameter> parameters, boolean jsonBody, boolean bodyIsArray,
            List<BodyValue> bodyValues) {

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        /** The path with every path parameter at its example, except {@code raw}'s, written as given. */
        String requestPath(Map<String, String> raw) {
            String filled = path;
            for (Parameter parameter : parameters) {
                if (parameter.in().equals("path")) {
                    String value = raw.getOrDefault(parameter.name(), String.valueOf(parameter.example()));
                    filled = filled.replace("{" + parameter.name() + "}", value);
                }
            }
            return filled;
        }

        List<Parameter> parametersIn(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private final OpenApiJson document;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiOperations(Map<String, Object> parsed) {
        this.document = new OpenApiJson(parsed);
        map(parsed.get("paths")).forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                map(item).forEach((method, operation) -> {
                    if (HTTP_METHODS.contains(method)) {
                        operations.add(read(method, path, map(operation)));
                    }
                });
            }
        });
    }

    List<Operation> all() {
        return operations;
    }

    private Operation read(String method, String path, Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Object item : list(operation.get("parameters"))) {
            Map<String, Object> parameter = map(document.resolve(item));
            Map<String, Object> schema = schema(parameter.get("schema"));
            parameters.add(new Parameter(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("in")),
                    type(schema), example(parameter, schema)));
        }
        Map<String, Object> content = map(map(document.resolve(operation.get("requestBody"))).get("content"));
        Object jsonSchema = content.containsKey("application/json") ? map(content.get("application/json")).get("schema")
                : null;
        List<BodyValue> values = new ArrayList<>();
        if (jsonSchema != null) {
            collect(schema(jsonSchema), new ArrayList<>(), values, 0);
        }
        return new Operation(method, path, parameters, jsonSchema != null,
                jsonSchema != null && "array".equals(type(schema(jsonSchema))), values);
    }

    private void collect(Map<String, Object> schema, List<Object> location, List<BodyValue> values, int depth) {
        if (depth > MAX_BODY_DEPTH) {
            return;
        }
        String type = type(schema);
        switch (type) {
            case "object" -> map(schema.get("properties")).forEach((name, property) -> {
                List<Object> next = new ArrayList<>(location);
                next.add(name);
                collect(schema(property), next, values, depth + 1);
            });
            case "array" -> {
                List<Object> next = new ArrayList<>(location);
                next.add(0);
                collect(schema(schema.get("items")), next, values, depth + 1);
            }
            case "string", "integer", "number", "boolean" -> {
                if (!location.isEmpty()) {
                    values.add(new BodyValue(List.copyOf(location), type,
                            schema.get("format") == null ? "" : String.valueOf(schema.get("format"))));
                }
            }
            default -> {
            }
        }
    }

    /** A schema with its $ref followed and, for a nullable alternative or a composition, its first real part. */
    private Map<String, Object> schema(Object node) {
        Map<String, Object> schema = map(document.resolve(node));
        for (int depth = 0; depth < OpenApiJson.MAX_DEPTH; depth++) {
            Object part = null;
            for (String composition : List.of("allOf", "anyOf", "oneOf")) {
                for (Object candidate : list(schema.get(composition))) {
                    if (part == null && !"null".equals(type(map(document.resolve(candidate))))) {
                        part = candidate;
                    }
                }
            }
            if (part == null || schema.get("type") != null || schema.get("properties") != null) {
                return schema;
            }
            schema = map(document.resolve(part));
        }
        return schema;
    }

    /** The JSON type, the first that is not null in OpenAPI 3.1's lists; object when properties are given. */
    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            type = types.stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        if (type == null) {
            return schema.get("properties") != null ? "object" : "";
        }
        return String.valueOf(type);
    }

    private static Object example(Map<String, Object> parameter, Map<String, Object> schema) {
        for (Map<String, Object> source : List.of(parameter, schema)) {
            if (source.get("example") != null) {
                return source.get("example");
            }
            if (!map(source.get("examples")).isEmpty()) {
                Object first = map(source.get("examples")).values().iterator().next();
                return map(first).getOrDefault("value", first);
            }
            if (!list(source.get("examples")).isEmpty()) {
                return list(source.get("examples")).get(0);
            }
        }
        if (!list(schema.get("enum")).isEmpty()) {
            return list(schema.get("enum")).get(0);
        }
        return schema.getOrDefault("default", "x");
    }
}
