package vn.motcua.catalog.field;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.common.CatalogStatus;

@Schema(name = "Field", description = "A field (lĩnh vực) of administrative procedures")
public record FieldView(
        @Schema(examples = "HT") String code,
        @Schema(examples = "Hộ tịch") String name,
        @Schema(examples = "ACTIVE", description = "RETIRED fields stay readable; new procedures cannot use them")
        CatalogStatus status) {
}
