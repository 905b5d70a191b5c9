package vn.motcua.catalog.field;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewField", description = "A field to create")
public record NewField(
        @NotNull @Pattern(regexp = "[A-Z0-9_]{1,20}", message = "1 to 20 of A-Z, 0-9 and _")
        @Schema(examples = "HT") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Hộ tịch") String name) {
}
