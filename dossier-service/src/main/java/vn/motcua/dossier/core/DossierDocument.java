package vn.motcua.dossier.core;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as recorded on the dossier. */
public record DossierDocument(
        @Schema(examples = "Tờ khai đăng ký khai sinh") String component,
        @Schema(examples = "1") int originals,
        @Schema(examples = "0") int copies) {
}
