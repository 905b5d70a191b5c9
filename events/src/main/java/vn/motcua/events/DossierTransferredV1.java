package vn.motcua.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@value EventTypes#DOSSIER_TRANSFERRED_V1} on topic {@value Topics#DOSSIER_TRANSFERRED}: an
 * inter-linked dossier (một cửa liên thông, Decree 118/2025/NĐ-CP) was handed from one unit to another, a step of its
 * processing with each unit's share of the time. Schema: {@code schemas/dossier-transferred.v1.json}. Carries no
 * personal data.
 *
 * @param unitCode the unit that received the dossier, as in dossier-received
 * @param fromUnit the unit that held the dossier until now
 * @param toUnit the unit that holds it from now on
 * @param dossierStatus the dossier's state, which a transfer does not change (RECEIVED, IN_PROGRESS, RESOLVED, …)
 * @param workingDaysHeld working days {@code fromUnit} held the dossier, from when it got it until this transfer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierTransferredV1(
        UUID dossierId,
        String receiptCode,
        String procedureCode,
        String unitCode,
        UnitRef fromUnit,
        UnitRef toUnit,
        TransferDirection direction,
        String dossierStatus,
        OffsetDateTime transferredAt,
        int workingDaysHeld) {
}
