package vn.motcua.localstack;

/** The command line or an environment variable is wrong; the message says what to fix. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
