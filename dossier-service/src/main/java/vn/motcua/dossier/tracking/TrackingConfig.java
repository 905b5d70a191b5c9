package vn.motcua.dossier.tracking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Public tracking's settings ({@code motcua.tracking.*}; each also from its environment variable). */
@ConfigMapping(prefix = "motcua.tracking")
public interface TrackingConfig {

    /** Failed lookups of one receipt code a client may make within a window. */
    @WithDefault("5")
    int failuresPerCodeAndClient();

    /** Failed lookups over all codes a client may make within a window. */
    @WithDefault("20")
    int failuresPerClient();

    /**
     * The fixed window the failures are counted in; also how often ended windows are forgotten (a {@code @Scheduled}
     * expression, so its default is in application.properties, where the scheduler sees it).
     */
    Duration failureWindow();

    /** How many reverse proxies append to X-Forwarded-For; 0 ignores the header, which a client can forge. */
    @WithDefault("0")
    int forwardedForHops();
}
