package vn.motcua.catalog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FieldUpdate", description = "A field's new name")
public record FieldUpdate(
        @NotBlank @Size(max = 200) @Schema(examples = "Hộ tịch") String name) {
}
