package vn.motcua.catalog.procedure;

/**
 * Which desks may receive a procedure's dossiers. Decree 118/2025/NĐ-CP art. 14(2) lets the provincial and commune
 * public administration service centres receive dossiers "không phụ thuộc vào địa giới hành chính" (regardless of
 * administrative boundary) within the province, for the procedures the province lists (read second-hand: press
 * summaries of the decree, e.g. laodong.vn on the receiving scope from 1 July 2025; the decree's text was not
 * available here). Which unit of the province then resolves the dossier is dossier-service's choice at intake.
 */
public enum Receiving {
    /** Only the resolving unit's own desk or its own service centre (the rule before 2025, and the default). */
    COMPETENT_UNIT,
    /** The province's service centre and every commune (and commune centre) of the province. */
    ANY_CENTRE_OF_PROVINCE,
    /** Any commune of the province, whichever commune the applicant lives in. */
    ANY_COMMUNE_OF_PROVINCE
}
