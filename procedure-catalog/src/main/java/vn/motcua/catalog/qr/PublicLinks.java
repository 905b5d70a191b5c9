package vn.motcua.catalog.qr;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URLs of the public pages that QR codes point to: {@code <motcua.public-base-url>/procedures/<code>}. */
@ApplicationScoped
public class PublicLinks {

    private final String baseUrl;

    public PublicLinks(QrConfig config) {
        String trimmed = config.value().strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        this.baseUrl = trimmed;
    }

    public String procedure(String code) {
        return baseUrl + "/procedures/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
