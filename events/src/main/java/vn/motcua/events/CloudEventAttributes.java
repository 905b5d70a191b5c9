package vn.motcua.events;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The CloudEvents attributes of one record, read from or written to {@code ce_*} headers. Kept free of
 * Kafka types: callers pass a header lookup, so producer and consumers share one reading of the contract.
 */
public record CloudEventAttributes(String id, String source, String type, OffsetDateTime time, String subject) {

    public CloudEventAttributes {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    /**
     * Reads the attributes through {@code header} (name → UTF-8 value or null).
     *
     * @throws InvalidEventException when a required attribute is missing or malformed
     */
    public static CloudEventAttributes read(Function<String, String> header) {
        String spec = header.apply(CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new InvalidEventException("ce_specversion must be 1.0 but is " + spec);
        }
        String id = required(header, CloudEventHeaders.ID);
        String source = required(header, CloudEventHeaders.SOURCE);
        String type = required(header, CloudEventHeaders.TYPE);
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(required(header, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("ce_time is not an RFC 3339 timestamp: " + e.getParsedString());
        }
        return new CloudEventAttributes(id, source, type, time, header.apply(CloudEventHeaders.SUBJECT));
    }

    /** The headers to put on a record, in a stable order. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        // RFC 3339 needs the seconds, which OffsetDateTime.toString() leaves out when they are zero
        headers.put(CloudEventHeaders.TIME, time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /** Fails unless this event has the expected type: another type on a topic is a contract breach. */
    public CloudEventAttributes requireType(String expected) {
        if (!expected.equals(type)) {
            throw new InvalidEventException("ce_type " + type + " is not " + expected);
        }
        return this;
    }

    private static String required(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(name + " header is missing");
        }
        return value;
    }
}
