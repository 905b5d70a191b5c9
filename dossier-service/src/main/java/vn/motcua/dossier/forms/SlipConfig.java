package vn.motcua.dossier.forms;

import io.smallrye.config.ConfigMapping;

/** Where the receipt slip's QR codes point ({@code motcua.receipt.*}, set from the environment). */
@ConfigMapping(prefix = "motcua.receipt")
public interface SlipConfig {

    /** The public base URL of this service's API: the code opens {@code <base>/api/v1/public/dossiers/<code>}. */
    String trackingBaseUrl();

    /** survey-service's public survey base URL: the code opens {@code <base>/surveys/<token>}. */
    String surveyBaseUrl();
}
