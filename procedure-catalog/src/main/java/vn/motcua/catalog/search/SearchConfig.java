package vn.motcua.catalog.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The public search's settings ({@code motcua.search.*}). */
@ConfigMapping(prefix = "motcua.search")
public interface SearchConfig {

    /** How often an instance checks for catalog changes made through another one (env MOTCUA_SEARCH_CACHE_TTL). */
    @WithDefault("1s")
    Duration cacheTtl();
}
