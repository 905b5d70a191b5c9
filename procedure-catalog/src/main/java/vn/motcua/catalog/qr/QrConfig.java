package vn.motcua.catalog.qr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * Where QR codes point: {@code motcua.public-base-url} (set from env {@code PUBLIC_BASE_URL}), the prefix itself,
 * since a mapping of all of {@code motcua} would claim every other {@code motcua.*} key too.
 */
@ConfigMapping(prefix = "motcua.public-base-url")
public interface QrConfig {

    /** The public portal's base URL; a procedure's page is {@code <base>/procedures/<code>}. */
    @WithParentName
    String value();
}
