package vn.motcua.catalog.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitNode", description = "A unit with the units under it")
public record UnitNode(
        @Schema(examples = "000.00.20.H26") String code,
        @Schema(examples = "UBND huyện Gia Lâm") String name,
        @Schema(examples = "DISTRICT") UnitLevel level,
        @Schema(examples = "GOVERNMENT", description = "GOVERNMENT, SERVICE_CENTRE or DEPARTMENT") UnitKind kind,
        @Schema(examples = "000.00.00.H26", description = "null for the top") String parentCode,
        @Schema(examples = "2008-08-01") LocalDate validFrom,
        @Schema(examples = "2025-06-30", description = "null while it exists") LocalDate validTo,
        @Schema(description = "units under this one, by code", examples = "[{\"code\": \"000.20.20.H26\", "
                + "\"name\": \"UBND xã Bát Tràng\", \"level\": \"COMMUNE\", \"kind\": \"GOVERNMENT\", "
                + "\"parentCode\": \"000.00.20.H26\", "
                + "\"validFrom\": \"2008-08-01\", \"validTo\": \"2025-06-30\", \"children\": []}]")
        List<UnitNode> children) {
}
