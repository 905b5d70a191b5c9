package vn.motcua.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What is wrong with a JSON body, as one field error: the field's path as the client wrote it ({@code
 * applicant.name}, {@code documents[1].copies}, {@code body} for the body as a whole) and a message that speaks
 * JSON, not Java. Pure, so the wording is unit-tested.
 */
final class JsonErrors {

    static final String BODY = "body";

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMALS = Set.of(double.class, float.class, Double.class, Float.class,
            BigDecimal.class);

    private JsonErrors() {
    }

    static FieldError describe(JsonProcessingException e) {
        String field = field(e);
        if (e instanceof StrictJson.NulCharacterException) {
            return new FieldError(field, "must not contain the NUL character (U+0000)");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(field.equals(BODY) ? unknown.getPropertyName() : field,
                    "unknown field '" + unknown.getPropertyName() + "'");
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return new FieldError(field, "given more than once");
        }
        if (original.startsWith("Trailing token")) {
            return new FieldError(BODY, "unexpected content after the JSON value");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getValue() instanceof String text && !text.isEmpty()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return new FieldError(field, "cannot read '" + shown + "' as " + expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldError(field, "must be " + expected(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException) {
            return new FieldError(field, "wrong type or shape");
        }
        return new FieldError(field, "not valid JSON: " + original);
    }

    /** The JSON type a Java target is written as, for a client. */
    static String expected(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (INTEGERS.contains(type)) {
            return "an integer";
        }
        if (DECIMALS.contains(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Stream.of(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:mm)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type.isPrimitive() || Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "an object" : "a " + type.getSimpleName();
    }

    /** Where in the body the problem is: from the mapping path, else from where the parser stood. */
    static String field(JsonProcessingException e) {
        // a parse error (a key given twice, broken syntax) is located by the parser, even when a mapping wrapped it
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null) {
                String path = parserPath(read.getProcessor().getParsingContext());
                return path.isEmpty() ? BODY : path;
            }
        }
        String path = e instanceof JsonMappingException mapping ? mappingPath(mapping) : "";
        return path.isEmpty() ? BODY : path;
    }

    private static String mappingPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                append(out, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The path of the parser's position, outermost first: a duplicate key is the current name of its object. */
    static String parserPath(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                append(out, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                out.append('[').append(c.getCurrentIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String name) {
        if (!out.isEmpty()) {
            out.append('.');
        }
        out.append(name);
    }
}
