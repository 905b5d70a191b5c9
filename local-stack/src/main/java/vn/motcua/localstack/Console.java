package vn.motcua.localstack;

import java.io.PrintStream;
import java.util.Locale;

/** What the launcher tells its user: progress lines stamped with the time since start, and errors. */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final long startNanos = System.nanoTime();

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Seconds since the launcher started. */
    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    synchronized void progress(String message) {
        out.printf(Locale.ROOT, "[%5.1fs] %s%n", elapsedSeconds(), message);
        out.flush();
    }

    synchronized void line(String text) {
        out.println(text);
        out.flush();
    }

    synchronized void error(String message) {
        out.flush();
        err.println("motcua: " + message);
        err.flush();
    }

    /** A block of a log file, indented so it stands apart from the launcher's own lines. */
    synchronized void logExcerpt(String title, String text) {
        err.println("----- " + title + " -----");
        for (String line : text.split("\n", -1)) {
            err.println("  | " + line);
        }
        err.println("----- end of " + title + " -----");
        err.flush();
    }
}
