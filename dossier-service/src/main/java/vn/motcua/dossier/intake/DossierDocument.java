package vn.motcua.dossier.intake;

/** A document as recorded on the dossier. */
public record DossierDocument(String component, int originals, int copies) {
}
