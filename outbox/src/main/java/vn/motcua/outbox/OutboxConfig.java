package vn.motcua.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The outbox's settings ({@code motcua.outbox.*}). The schedules are read by the scheduler, from the
 * {@code @Scheduled} expressions of {@link OutboxRelay} and {@link OutboxPurge}, which see the configuration but
 * not a mapping's {@code @WithDefault}: their defaults are in this module's {@code META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "motcua.outbox")
public interface OutboxConfig {

    /** The {@code ce_source} of every event the service publishes, e.g. {@code /motcua/dossier-service}. */
    String source();

    /** The relay's scheduled job, one name per service (e.g. {@code outbox-relay}). */
    String relayIdentity();

    /** How often the relay publishes the unsent rows (default in the module's microprofile-config.properties). */
    String relayEvery();

    /** Rows published and marked per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long one send may wait for the broker's acknowledgement. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** The longest pause between relay passes while the broker stays unreachable. */
    @WithDefault("PT5S")
    Duration maxBackoff();

    /** How long sent rows are kept before the purge deletes them (env {@code MOTCUA_OUTBOX_RETENTION}). */
    @WithDefault("P7D")
    Duration retention();

    /** How often the purge runs; {@code off} disables it (default in the module's microprofile-config.properties). */
    String purgeEvery();

    /** Rows the purge deletes per statement. */
    @WithDefault("1000")
    int purgeBatchSize();
}
