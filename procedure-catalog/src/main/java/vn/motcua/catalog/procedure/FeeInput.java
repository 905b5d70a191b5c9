package vn.motcua.catalog.procedure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeeInput", description = "A fee; name and amount required")
public record FeeInput(
        @Schema(examples = "Lệ phí đăng ký khai sinh", required = true, maxLength = 300) String name,
        @Schema(examples = "0", required = true, minimum = "0", description = "amount in VND") Long amountVnd,
        @Schema(examples = "Miễn lệ phí", maxLength = 500) String note) {
}
