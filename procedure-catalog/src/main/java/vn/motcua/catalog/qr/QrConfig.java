package vn.motcua.catalog.qr;

import io.smallrye.config.ConfigMapping;

/** Where QR codes point ({@code motcua.public-base-url}, set from env {@code PUBLIC_BASE_URL}). */
@ConfigMapping(prefix = "motcua")
public interface QrConfig {

    /** The public portal's base URL; a procedure's page is {@code <base>/procedures/<code>}. */
    String publicBaseUrl();
}
