package vn.motcua.survey.response;

/** Where a dossier's survey stands for the citizen holding its token. */
public enum SurveyState {
    NOT_YET_OPEN, OPEN, ANSWERED, EXPIRED
}
