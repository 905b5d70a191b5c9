package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#DOSSIER_RESOLVED_V1} on topic {@value Topics#DOSSIER_RESOLVED}:
 * a dossier was resolved (APPROVED, REJECTED) or withdrawn. Schema:
 * {@code schemas/dossier-resolved.v1.json}. Carries no personal data.
 *
 * <p>The file counts and {@code electronicResultIssued} were added later (compatible evolution): absent in events
 * produced before, and whenever the producer does not know them; consumers read absent as 0 and false. So were
 * {@code resolvingUnit} (as in dossier-received: absent = the receiving unit {@code unitCode} resolved it),
 * {@code supplementRequestCount} (absent = unknown; Decision 766/QĐ-TTg counts a dossier with more than one
 * supplement request as late) and {@code stopped} (processing stopped, "dừng giải quyết" under Decree
 * 118/2025/NĐ-CP; such a dossier ends with outcome REJECTED, so consumers that predate the flag still see a
 * dossier that ended without approval; absent = false).
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
        java.util.List<String> unitAncestorCodes,
        /** Files attached to the dossier's components at resolution; optional. */
        Integer fileCount,
        /** Components with at least one file scanned at the desk from paper (số hóa), at resolution; optional. */
        Integer digitisedComponentCount,
        /** Components taken from an earlier result or the citizen's data store, at resolution; optional. */
        Integer reusedComponentCount,
        /** Whether an electronic result document was issued with the resolution; optional. */
        Boolean electronicResultIssued,
        /** The unit that resolved the dossier when it is not the receiving unit; optional, absent = the receiving unit. */
        UnitRef resolvingUnit,
        /** How many times a supplement was requested from the applicant; optional, absent = unknown. */
        Integer supplementRequestCount,
        /** Processing was stopped (dừng giải quyết); then the outcome is REJECTED. Optional, absent = false. */
        Boolean stopped) {

    /** A dossier-resolved without file counts or electronic result, as producers that know no files write it. */
    @SuppressWarnings("java:S107") // the fields of the contract
    public DossierResolvedV1(UUID dossierId, String receiptCode, String procedureCode, String procedureName,
            String fieldCode, String fieldName, String unitCode, String unitName, UnitLevel unitLevel, Channel channel,
            OnlineLevel onlineLevel, OffsetDateTime receivedAt, OffsetDateTime dueAt, Outcome outcome,
            OffsetDateTime resolvedAt, Timeliness timeliness, boolean onTime, int workingDaysTaken,
            java.util.List<String> unitAncestorCodes) {
        this(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName, unitCode, unitName, unitLevel,
                channel, onlineLevel, receivedAt, dueAt, outcome, resolvedAt, timeliness, onTime, workingDaysTaken,
                unitAncestorCodes, null, null, null, null);
    }

    /** A dossier-resolved without the two-level and supplement fields, as producers before them write it. */
    @SuppressWarnings("java:S107") // the fields of the contract
    public DossierResolvedV1(UUID dossierId, String receiptCode, String procedureCode, String procedureName,
            String fieldCode, String fieldName, String unitCode, String unitName, UnitLevel unitLevel, Channel channel,
            OnlineLevel onlineLevel, OffsetDateTime receivedAt, OffsetDateTime dueAt, Outcome outcome,
            OffsetDateTime resolvedAt, Timeliness timeliness, boolean onTime, int workingDaysTaken,
            java.util.List<String> unitAncestorCodes, Integer fileCount, Integer digitisedComponentCount,
            Integer reusedComponentCount, Boolean electronicResultIssued) {
        this(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName, unitCode, unitName, unitLevel,
                channel, onlineLevel, receivedAt, dueAt, outcome, resolvedAt, timeliness, onTime, workingDaysTaken,
                unitAncestorCodes, fileCount, digitisedComponentCount, reusedComponentCount, electronicResultIssued,
                null, null, null);
    }

    /**
     * This event with the fields of the two-level government and Decree 118 set: {@code unit} {@code null} (or the
     * receiving unit) when the receiving unit resolved it, {@code supplementRequests} and {@code stoppedFlag}
     * {@code null} when unknown.
     */
    public DossierResolvedV1 withResolution(UnitRef unit, Integer supplementRequests, Boolean stoppedFlag) {
        UnitRef other = UnitRef.otherThan(unitCode, unit);
        return new DossierResolvedV1(dossierId, receiptCode, procedureCode, procedureName, fieldCode, fieldName,
                unitCode, unitName, unitLevel, channel, onlineLevel, receivedAt, dueAt, outcome, resolvedAt, timeliness,
                onTime, workingDaysTaken, unitAncestorCodes, fileCount, digitisedComponentCount, reusedComponentCount,
                electronicResultIssued, other, supplementRequests, stoppedFlag);
    }

    /** Code of the unit that resolved the dossier: {@code resolvingUnit}'s, else the receiving unit's. */
    public String resolvingUnitCode() {
        return resolvingUnit == null ? unitCode : resolvingUnit.code();
    }

    /** Whether processing was stopped; absent reads as false. */
    public boolean wasStopped() {
        return Boolean.TRUE.equals(stopped);
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
                .require("outcome", outcome)
                .require("resolvedAt", resolvedAt)
                .require("timeliness", timeliness)
                .missing();
    }
}
