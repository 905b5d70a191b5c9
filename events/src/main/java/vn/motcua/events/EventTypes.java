package vn.motcua.events;

/** CloudEvents {@code type} values. A breaking change of a payload is a new type (…v2) on a new topic. */
public final class EventTypes {
    public static final String DOSSIER_RECEIVED_V1 = "vn.motcua.dossier.received.v1";
    public static final String DOSSIER_RESOLVED_V1 = "vn.motcua.dossier.resolved.v1";
    public static final String DOSSIER_TRANSFERRED_V1 = "vn.motcua.dossier.transferred.v1";
    public static final String SURVEY_RESPONSE_SUBMITTED_V1 = "vn.motcua.survey.response-submitted.v1";

    private EventTypes() {
    }
}
