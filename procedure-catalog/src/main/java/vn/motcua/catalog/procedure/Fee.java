package vn.motcua.catalog.procedure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fee", description = "A fee or charge (phí, lệ phí)")
public record Fee(
        @Schema(examples = "Lệ phí đăng ký khai sinh") String name,
        @Schema(examples = "0", description = "amount in VND") long amountVnd,
        @Schema(examples = "Miễn lệ phí") String note) {
}
