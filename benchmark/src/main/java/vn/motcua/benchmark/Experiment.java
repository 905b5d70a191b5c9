package vn.motcua.benchmark;

import java.io.PrintStream;
import java.util.Set;

/**
 * A scenario that is not a closed loop of requests but drives the system its own way (an open-loop event
 * stream, a one-off rebuild) and measures what it sees; it still ends in a {@link Report}.
 */
public interface Experiment {
    String name();

    String summary();

    /** Flags specific to this experiment, besides {@code duration}, {@code out}, {@code quiet} and {@code help}. */
    Set<String> flags();

    String help();

    /** Runs the experiment; progress goes to {@code progress} unless quiet. */
    Report run(Args args, PrintStream progress) throws Exception;

    /** Prints the figures of a run; an experiment whose report holds more than one measurement says how. */
    default void print(Report report, PrintStream out) {
        report.print(out);
    }
}
