package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#SURVEY_RESPONSE_SUBMITTED_V1} on topic {@value Topics#SURVEY_RESPONSE_SUBMITTED}:
 * one satisfaction survey response, from a citizen's survey token ({@code DOSSIER}) or a desk kiosk
 * ({@code KIOSK}, no dossier, no procedure). Key = the dossier id, or the response id for a kiosk response.
 * Schema: {@code schemas/survey-response-submitted.v1.json}. Never carries the free-text comment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyResponseSubmittedV1(
        UUID responseId,
        String source,
        UUID dossierId,
        String unitCode,
        String unitName,
        String procedureCode,
        String procedureName,
        Channel channel,
        int questionnaireVersion,
        OffsetDateTime submittedAt,
        List<Answer> answers,
        List<GroupScore> groups,
        /** The unit's parents at the time of intake, nearest first (commune → district → province); optional, absent in early events. */
        java.util.List<String> unitAncestorCodes) {

    public static final String SOURCE_DOSSIER = "DOSSIER";
    public static final String SOURCE_KIOSK = "KIOSK";

    /** One answered question: its code, its group and the score 1–5. */
    public record Answer(String question, String group, int score) {
    }

    /** Per group: how many questions were answered, how many with 4–5, and the sum of the scores. */
    public record GroupScore(String group, int answered, int satisfied, int scoreSum) {
    }

    /** Names of the fields the schema requires that this payload lacks; empty when complete. */
    public List<String> missingRequiredFields() {
        return new RequiredFields()
                .require("responseId", responseId)
                .require("source", source)
                .require("unitCode", unitCode)
                .require("submittedAt", submittedAt)
                .require("answers", answers)
                .require("groups", groups)
                .missing();
    }
}
