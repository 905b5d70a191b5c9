package vn.motcua.catalog.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.common.CatalogStatus;

/**
 * A procedure's complete, valid state in canonical form (text NFC and stripped, levels and applicants in enum
 * order, channels as an ordered map): two drafts are equal exactly when the procedures are the same. Its JSON
 * property names are the API's, so the history can list changes by them.
 */
public record ProcedureDraft(
        String code,
        String name,
        String field,
        List<ProcedureLevel> levels,
        Map<Channel, Integer> processingDays,
        List<Fee> fees,
        List<DossierComponent> components,
        List<ApplicantType> applicants,
        String agency,
        Receiving receiving,
        String resolvingAgencyCode,
        String result,
        List<String> legalBases,
        OnlineLevel onlineLevel,
        boolean essential,
        boolean delegated,
        String delegatedBy,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        CatalogStatus status) {

    public ProcedureDraft withStatus(CatalogStatus newStatus, LocalDate newEffectiveTo) {
        return new ProcedureDraft(code, name, field, levels, processingDays, fees, components, applicants, agency,
                receiving, resolvingAgencyCode, result, legalBases, onlineLevel, essential, delegated, delegatedBy,
                effectiveFrom, newEffectiveTo, newStatus);
    }
}
