package vn.motcua.benchmark;

/**
 * One unit of load (an HTTP request, a JDBC transaction). Implementations must be safe to call
 * from several worker threads at once; {@code worker} identifies the calling thread
 * (0..concurrency-1) so per-worker state can be kept without locking.
 */
@FunctionalInterface
public interface Operation {

    Outcome execute(int worker, long sequence) throws Exception;

    /** What happened: a short label for the report (e.g. {@code "200"}), success, bytes received. */
    record Outcome(String label, boolean success, long bytes) {
    }
}
