package vn.motcua.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an event's JSON payload into its contract record; anything unreadable is an {@link InvalidEventException}. */
public final class Payloads {

    private Payloads() {
    }

    public static <T> T read(ObjectMapper json, String value, Class<T> type) {
        if (value == null) {
            throw new InvalidEventException("empty payload");
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("payload is not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
