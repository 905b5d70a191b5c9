package vn.motcua.dossier.forms;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the forms' QR codes point, from {@link SlipConfig}. */
@ApplicationScoped
public class TrackingLinks {

    private final String trackingBaseUrl;
    private final String surveyBaseUrl;

    public TrackingLinks(SlipConfig config) {
        this.trackingBaseUrl = withoutTrailingSlash(config.trackingBaseUrl());
        this.surveyBaseUrl = withoutTrailingSlash(config.surveyBaseUrl());
    }

    /**
     * The public tracking endpoint of {@code receiptCode}, with {@code secret} when the desk gave it; without it
     * the link names the dossier and the tracking endpoint asks for the secret printed on the receipt slip (it is
     * stored only as a hash, so a form printed later cannot carry it unless the desk types it in).
     */
    String tracking(String receiptCode, String secret) {
        String url = trackingBaseUrl + "/api/v1/public/dossiers/" + encode(receiptCode);
        return secret == null ? url : url + "?secret=" + encode(secret);
    }

    /** survey-service's public survey of {@code token}. */
    String survey(String token) {
        return surveyBaseUrl + "/surveys/" + encode(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
