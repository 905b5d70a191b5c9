package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#DOSSIER_RESOLVED_V1} on topic {@value Topics#DOSSIER_RESOLVED}:
 * a dossier was resolved (APPROVED, REJECTED) or withdrawn. Schema:
 * {@code schemas/dossier-resolved.v1.json}. Carries no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierResolvedV1(
        UUID dossierId,
        String receiptCode,
        String procedureCode,
        String procedureName,
        String fieldCode,
        String fieldName,
        String unitCode,
        String unitName,
        UnitLevel unitLevel,
        Channel channel,
        OnlineLevel onlineLevel,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        Outcome outcome,
        OffsetDateTime resolvedAt,
        Timeliness timeliness,
        boolean onTime,
        int workingDaysTaken,
        /** The unit's parents at the time of intake, nearest first (commune → district → province); optional, absent in early events. */
        java.util.List<String> unitAncestorCodes) {

    /** Names of the fields the schema requires that this payload lacks; empty when complete. */
    public java.util.List<String> missingRequiredFields() {
        return new RequiredFields()
                .require("dossierId", dossierId)
                .require("receiptCode", receiptCode)
                .require("procedureCode", procedureCode)
                .require("procedureName", procedureName)
                .require("unitCode", unitCode)
                .require("unitName", unitName)
                .require("unitLevel", unitLevel)
                .require("channel", channel)
                .require("onlineLevel", onlineLevel)
                .require("receivedAt", receivedAt)
                .require("dueAt", dueAt)
                .require("outcome", outcome)
                .require("resolvedAt", resolvedAt)
                .require("timeliness", timeliness)
                .missing();
    }
}
