package vn.motcua.catalog.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk import's settings ({@code motcua.import.*}). */
@ConfigMapping(prefix = "motcua.import")
public interface ImportConfig {

    /** The largest import body read, in bytes (10 MiB); a larger one answers 413. */
    @WithDefault("10485760")
    long maxBytes();
}
