package vn.motcua.events;

/** Kafka topic names. Key of every record is the dossier id, so one dossier's events stay ordered. */
public final class Topics {
    public static final String DOSSIER_RECEIVED = "dossier-received";
    public static final String DOSSIER_RESOLVED = "dossier-resolved";
    /** Steps of inter-linked dossiers between units; no consumer yet (see asyncapi.yaml). */
    public static final String DOSSIER_TRANSFERRED = "dossier-transferred";
    public static final String SURVEY_RESPONSE_SUBMITTED = "survey-response-submitted";

    /** Dead-letter topic for records a consumer of {@code topic} could not process. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
