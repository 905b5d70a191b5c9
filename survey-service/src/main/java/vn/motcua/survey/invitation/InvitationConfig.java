package vn.motcua.survey.invitation;

import io.smallrye.config.ConfigMapping;

/** Survey invitations' settings ({@code motcua.survey.*}); the default is env {@code SURVEY_OPEN_DAYS}'s, 30. */
@ConfigMapping(prefix = "motcua.survey")
public interface InvitationConfig {

    /** Days a survey stays open after the dossier's resolution. */
    int openDays();
}
