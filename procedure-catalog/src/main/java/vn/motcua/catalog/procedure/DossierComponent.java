package vn.motcua.catalog.procedure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierComponent", description = "A document the dossier must (or may) contain")
public record DossierComponent(
        @Schema(examples = "Tờ khai đăng ký khai sinh") String name,
        @Schema(examples = "1", description = "number of originals") int originals,
        @Schema(examples = "0", description = "number of copies") int copies,
        @Schema(examples = "https://example.gov.vn/mau/to-khai.docx", description = "link to the form; null when none")
        String formUrl,
        @Schema(examples = "true") boolean required) {
}
