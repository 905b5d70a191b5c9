package vn.motcua.events;

/** A record that breaks the event contract; consumers send it to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
