package vn.motcua.catalog.field;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Field", description = "A field (lĩnh vực) of administrative procedures")
public record FieldView(
        @Schema(examples = "HT") String code,
        @Schema(examples = "Hộ tịch") String name) {
}
