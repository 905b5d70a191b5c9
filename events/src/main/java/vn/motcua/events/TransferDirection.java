package vn.motcua.events;

/**
 * Which way an inter-linked dossier (một cửa liên thông) moved in {@link DossierTransferredV1}: to the unit that
 * resolves it (from the receiving unit, or on to another competent unit), or back to the unit that received it
 * (with its result, or for the applicant to be told).
 */
public enum TransferDirection {
    TO_RESOLVER, TO_RECEIVER
}
