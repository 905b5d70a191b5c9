package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#DOSSIER_RECEIVED_V1} on topic {@value Topics#DOSSIER_RECEIVED}.
 * Schema: {@code schemas/dossier-received.v1.json}. Carries no personal data.
 *
 * <p>The file counts were added later (compatible evolution): absent in events produced before, and whenever the
 * producer does not know them; consumers read absent as 0. So was {@code resolvingUnit}: {@code unitCode} is the
 * unit that received the dossier, and {@code resolvingUnit} the unit competent to resolve it when that is another
 * (two-level government since 2025-07-01); absent means the receiving unit resolves it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierReceivedV1(
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
        int processingWorkingDays,
        String surveyToken,
        /** The unit's parents at the time of intake, nearest first (commune → district → province); optional, absent in early events. */
        java.util.List<String> unitAncestorCodes,
        /** Files attached to the dossier's components at intake; optional. */
        Integer fileCount,
        /** Components with at least one file scanned at the desk from paper (số hóa); optional. */
        Integer digitisedComponentCount,
        /** Components taken from an earlier result or the citizen's data store instead of asked again; optional. */
        Integer reusedComponentCount,
        /** The unit that resolves the dossier when it is not the receiving unit; optional, absent = the receiving unit. */
        UnitRef resolvingUnit) {

    /** A dossier-received without file counts, as producers that know no files write it. */
    @SuppressWarnings("java:S107") // the fields of the contract
    public DossierReceivedV1(UUID dossierId, String receiptCode, String procedureCode, String procedureName,
            String fieldCode, String fieldName, String unitCode, String unitName, UnitLevel unitLevel, Channel channel,
            OnlineLevel onlineLevel, OffsetDateTime receivedAt, OffsetDateTime dueAt, int processingWorkingDays,
            String surveyToken, java.util.List<String> unitAncestorCodes) {
        this(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName, unitCode, unitName, unitLevel,
                channel, onlineLevel, receivedAt, dueAt, processingWorkingDays, surveyToken, unitAncestorCodes, null,
                null, null);
    }

    /** A dossier-received without a resolving unit other than the receiving one. */
    @SuppressWarnings("java:S107") // the fields of the contract
    public DossierReceivedV1(UUID dossierId, String receiptCode, String procedureCode, String procedureName,
            String fieldCode, String fieldName, String unitCode, String unitName, UnitLevel unitLevel, Channel channel,
            OnlineLevel onlineLevel, OffsetDateTime receivedAt, OffsetDateTime dueAt, int processingWorkingDays,
            String surveyToken, java.util.List<String> unitAncestorCodes, Integer fileCount,
            Integer digitisedComponentCount, Integer reusedComponentCount) {
        this(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName, unitCode, unitName, unitLevel,
                channel, onlineLevel, receivedAt, dueAt, processingWorkingDays, surveyToken, unitAncestorCodes,
                fileCount, digitisedComponentCount, reusedComponentCount, null);
    }

    /** This event with {@code resolvingUnit} set; {@code null} when the receiving unit resolves the dossier itself. */
    public DossierReceivedV1 withResolvingUnit(UnitRef unit) {
        UnitRef other = UnitRef.otherThan(unitCode, unit);
        return new DossierReceivedV1(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName,
                unitCode, unitName, unitLevel, channel, onlineLevel, receivedAt, dueAt, processingWorkingDays,
                surveyToken, unitAncestorCodes, fileCount, digitisedComponentCount, reusedComponentCount, other);
    }

    /** Code of the unit that resolves the dossier: {@code resolvingUnit}'s, else the receiving unit's. */
    public String resolvingUnitCode() {
        return resolvingUnit == null ? unitCode : resolvingUnit.code();
    }

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
                .require("surveyToken", surveyToken)
                .missing();
    }
}
