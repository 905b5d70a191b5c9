package vn.motcua.benchmark;

import java.util.Map;
import java.util.Set;

/**
 * What a scenario hands the engine: the operation to repeat, a description of the target for the
 * report, the settings worth recording, and a cleanup step run after the measurement.
 */
public record Workload(Operation operation, String target, Map<String, Object> settings, AutoCloseable cleanup) {

    /** A named scenario: its flags, its help text, and how to build its workload from flags. */
    public interface Scenario {
        String name();

        String summary();

        /** Flags specific to this scenario (in addition to the common ones). */
        Set<String> flags();

        /** Help lines for the flags above. */
        String help();

        Workload create(Args args, int concurrency) throws Exception;
    }
}
