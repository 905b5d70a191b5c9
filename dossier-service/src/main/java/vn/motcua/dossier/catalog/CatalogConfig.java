package vn.motcua.dossier.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The catalog cache's settings ({@code motcua.catalog.*}). The attempts of one lookup are
 * {@link CatalogLookup}'s {@code @Retry}; the timeouts of one attempt the REST client's
 * ({@code quarkus.rest-client.catalog.connect-timeout}, {@code read-timeout}).
 */
@ConfigMapping(prefix = "motcua.catalog")
public interface CatalogConfig {

    /** How long a cached entry is served before a read refreshes it in the background. */
    @WithDefault("5M")
    Duration cacheTtl();

    /**
     * The {@code Retry-After} of the 503 when the catalog cannot be reached, and how long a failed refresh holds
     * back the next one of the same entry.
     */
    @WithDefault("PT10S")
    Duration retryAfter();
}
