package vn.motcua.catalog.procedure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierComponentInput", description = "A dossier component; required defaults to true")
public record ComponentInput(
        @Schema(examples = "Tờ khai đăng ký khai sinh", required = true, maxLength = 500) String name,
        @Schema(examples = "1", required = true, minimum = "0", maximum = "100") Integer originals,
        @Schema(examples = "0", required = true, minimum = "0", maximum = "100") Integer copies,
        @Schema(examples = "https://example.gov.vn/mau/to-khai.docx", description = "http(s) link to the form")
        String formUrl,
        @Schema(examples = "true") Boolean required) {
}
