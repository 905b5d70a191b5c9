package vn.motcua.catalog.unit;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitNode", description = "A unit with the units under it")
public record UnitNode(
        @Schema(examples = "000.00.20.H26") String code,
        @Schema(examples = "UBND huyện Gia Lâm") String name,
        @Schema(examples = "DISTRICT") UnitLevel level,
        @Schema(examples = "null") String parentCode,
        @Schema(examples = "2008-08-01") LocalDate validFrom,
        @Schema(examples = "null") LocalDate validTo,
        @Schema(description = "units under this one, by code") List<UnitNode> children) {
}
