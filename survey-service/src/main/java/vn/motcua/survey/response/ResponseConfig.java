package vn.motcua.survey.response;

import io.smallrye.config.ConfigMapping;

/** Survey pages' settings ({@code motcua.survey.*}, set from env {@code PUBLIC_SURVEY_BASE_URL}). */
@ConfigMapping(prefix = "motcua.survey")
public interface ResponseConfig {

    /** The public address of the survey pages; a survey's QR code opens {@code <base>/surveys/<token>}. */
    String publicBaseUrl();
}
