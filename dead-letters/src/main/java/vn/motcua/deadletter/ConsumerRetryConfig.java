package vn.motcua.deadletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers wait out transient failures ({@code motcua.consumer.*}). */
@ConfigMapping(prefix = "motcua.consumer")
public interface ConsumerRetryConfig {

    /** The longest pause, in milliseconds, between two tries of a record that failed for a transient reason. */
    @WithDefault("30000")
    long longestPauseMs();
}
