package vn.motcua.testing.contract;

import static vn.motcua.testing.contract.OpenApiJson.list;
import static vn.motcua.testing.contract.OpenApiJson.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks that the examples of an OpenAPI document (as parsed JSON) are true to their schemas: type, format (date,
 * date-time, uuid), enumeration, pattern, length, bounds, required properties, items and nested properties. An
 * example that a client copies must be one the service accepts or could answer.
 */
final class ExampleConformance {

    private static final int MAX_DEPTH = OpenApiJson.MAX_DEPTH;

    private final OpenApiJson document;
    private final List<String> violations = new ArrayList<>();
    private int examplesChecked;

    ExampleConformance(Map<String, Object> parsed) {
        this.document = new OpenApiJson(parsed);
        map(map(parsed.get("components")).get("schemas")).forEach((name, schema) ->
                walkSchema("schema " + name, schema, 0));
        map(parsed.get("paths")).forEach((path, operations) -> map(operations).forEach((method, operation) -> {
            String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            for (Object item : list(map(operation).get("parameters"))) {
                Map<String, Object> parameter = map(document.resolve(item));
                String name = where + " parameter " + parameter.get("name");
                examplesOf(parameter).forEach(example -> check(name, example, parameter.get("schema"), true));
                walkSchema(name, parameter.get("schema"), 0);
            }
            Object requestBody = document.resolve(map(operation).get("requestBody"));
            walkContent(where + " request body", map(requestBody).get("content"));
            map(map(operation).get("responses")).forEach((status, response) ->
                    walkContent(where + " answer " + status, map(document.resolve(response)).get("content")));
        }));
    }

    List<String> violations() {
        return violations;
    }

    int examplesChecked() {
        return examplesChecked;
    }

    private void walkContent(String where, Object content) {
        map(content).forEach((mediaType, value) -> {
            Map<String, Object> media = map(value);
            if (mediaType.contains("json")) {
                examplesOf(media).forEach(example -> check(where + " (" + mediaType + ")", example,
                        media.get("schema"), false));
            }
            walkSchema(where + " (" + mediaType + ")", media.get("schema"), 0);
        });
    }

    /** Checks the examples written on a schema and on the schemas inside it (not following $refs). */
    private void walkSchema(String where, Object schemaValue, int depth) {
        Map<String, Object> schema = map(schemaValue);
        if (schema.isEmpty() || depth > MAX_DEPTH) {
            return;
        }
        examplesOf(schema).forEach(example -> check(where, example, schema, false));
        map(schema.get("properties")).forEach((property, propertySchema) ->
                walkSchema(where + "." + property, propertySchema, depth + 1));
        if (schema.get("items") != null) {
            walkSchema(where + "[]", schema.get("items"), depth + 1);
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            walkSchema(where + "{}", values, depth + 1);
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (Object part : list(schema.get(composition))) {
                walkSchema(where, part, depth + 1);
            }
        }
    }

    private void check(String where, Object example, Object schema, boolean textAllowed) {
        examplesChecked++;
        List<String> problems = new ArrayList<>();
        conform(example, schema, "", problems, textAllowed, 0);
        problems.forEach(problem -> violations.add(where + ": example " + abbreviate(example) + problem));
    }

    /**
     * Adds to {@code problems} how {@code value} breaks {@code schemaValue}. A parameter's example may be the text
     * of a number or boolean, as it is written in a query string or header ({@code textAllowed}).
     */
    private void conform(Object value, Object schemaValue, String at, List<String> problems, boolean textAllowed,
            int depth) {
        Map<String, Object> own = map(schemaValue);
        if (own.isEmpty() || depth > MAX_DEPTH) {
            return;
        }
        if (own.get("$ref") != null) {
            conform(value, document.resolve(own), at, problems, textAllowed, depth + 1);
        }
        for (Object part : list(own.get("allOf"))) {
            conform(value, part, at, problems, textAllowed, depth + 1);
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            List<Object> parts = list(own.get(alternatives));
            if (!parts.isEmpty() && parts.stream().noneMatch(part -> {
                List<String> partProblems = new ArrayList<>();
                conform(value, part, at, partProblems, textAllowed, depth + 1);
                return partProblems.isEmpty();
            })) {
                problems.add(" at " + label(at) + " matches none of its " + alternatives);
            }
        }
        List<Object> types = own.get("type") instanceof List<?> l ? list(l)
                : own.get("type") == null ? List.of() : List.of(own.get("type"));
        if (value == null) {
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(" at " + label(at) + " is null, not " + types);
            }
            return;
        }
        Object typed = textAllowed && value instanceof String text ? fromText(text, types) : value;
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(typed, String.valueOf(type)))) {
            problems.add(" at " + label(at) + " is not of type " + types);
            return;
        }
        List<Object> enumeration = list(own.get("enum"));
        if (!enumeration.isEmpty() && enumeration.stream().noneMatch(allowed -> same(allowed, typed))) {
            problems.add(" at " + label(at) + " is not one of " + enumeration);
        }
        if (typed instanceof String text) {
            checkText(text, own, at, problems);
        } else if (typed instanceof Number number) {
            checkNumber(number, own, at, problems);
        } else if (typed instanceof List<?> items) {
            checkSize(items.size(), own, "minItems", "maxItems", "items", at, problems);
            for (Object item : items) {
                conform(item, own.get("items"), at + "[]", problems, false, depth + 1);
            }
        } else if (typed instanceof Map<?, ?> object) {
            for (Object required : list(own.get("required"))) {
                if (!object.containsKey(required)) {
                    problems.add(" lacks the required " + label(at + "." + required));
                }
            }
            Map<String, Object> properties = map(own.get("properties"));
            object.forEach((key, propertyValue) -> {
                Object propertySchema = properties.containsKey(key) ? properties.get(key)
                        : own.get("additionalProperties");
                conform(propertyValue, propertySchema, at + "." + key, problems, false, depth + 1);
            });
        }
    }

    private static void checkText(String text, Map<String, Object> schema, String at, List<String> problems) {
        checkSize(text.length(), schema, "minLength", "maxLength", "characters", at, problems);
        if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
            problems.add(" at " + label(at) + " does not match " + pattern);
        }
        if (schema.get("format") instanceof String format && !hasFormat(text, format)) {
            problems.add(" at " + label(at) + " is not a " + format);
        }
    }

    private static void checkNumber(Number number, Map<String, Object> schema, String at, List<String> problems) {
        BigDecimal amount = new BigDecimal(number.toString());
        BigDecimal minimum = decimal(schema.get("minimum"));
        BigDecimal maximum = decimal(schema.get("maximum"));
        if (minimum != null && amount.compareTo(minimum) < 0) {
            problems.add(" at " + label(at) + " is below the minimum " + minimum);
        }
        if (maximum != null && amount.compareTo(maximum) > 0) {
            problems.add(" at " + label(at) + " is above the maximum " + maximum);
        }
    }

    private static void checkSize(int size, Map<String, Object> schema, String minKey, String maxKey, String unit,
            String at, List<String> problems) {
        BigDecimal min = decimal(schema.get(minKey));
        BigDecimal max = decimal(schema.get(maxKey));
        if (min != null && size < min.intValue()) {
            problems.add(" at " + label(at) + " has fewer than " + min + " " + unit);
        }
        if (max != null && size > max.intValue()) {
            problems.add(" at " + label(at) + " has more than " + max + " " + unit);
        }
    }

    private static boolean hasFormat(String text, String format) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> UUID.fromString(text);
                default -> {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isOfType(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Number n
                    && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List<?>;
            case "object" -> value instanceof Map<?, ?>;
            default -> false;
        };
    }

    private static Object fromText(String text, List<Object> types) {
        if (types.contains("string")) {
            return text;
        }
        if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        if (types.contains("integer") || types.contains("number")) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    private static boolean same(Object allowed, Object value) {
        if (allowed instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(allowed, value) || String.valueOf(allowed).equals(String.valueOf(value));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static List<Object> examplesOf(Map<String, Object> node) {
        List<Object> examples = new ArrayList<>();
        if (node.containsKey("example")) {
            examples.add(node.get("example"));
        }
        Object many = node.get("examples");
        if (many instanceof List<?> values) {
            examples.addAll(values);
        } else if (many instanceof Map<?, ?> named) {
            // parameters and media types name their examples: {"name": {"value": ...}}
            named.values().forEach(example -> {
                if (example instanceof Map<?, ?> e && e.containsKey("value")) {
                    examples.add(e.get("value"));
                }
            });
        }
        return examples;
    }

    private static String label(String at) {
        return at.isEmpty() ? "the top" : at;
    }

    private static String abbreviate(Object example) {
        String text = String.valueOf(example);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
