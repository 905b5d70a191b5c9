package vn.motcua.localstack;

/** The stack cannot start or stop; the message names the part that failed and is shown as is. */
final class LaunchException extends RuntimeException {
    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
