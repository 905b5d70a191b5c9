package vn.motcua.catalog.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "An administrative unit or agency")
public record UnitView(
        @Schema(examples = "000.20.20.H26", description = "electronic identifier code") String code,
        @Schema(examples = "UBND xã Bát Tràng") String name,
        @Schema(examples = "COMMUNE") UnitLevel level,
        @Schema(examples = "GOVERNMENT", description = "GOVERNMENT (a people's committee: resolves, its desk receives), "
                + "SERVICE_CENTRE (Trung tâm Phục vụ hành chính công: receives, resolves nothing) or DEPARTMENT (a Sở "
                + "or other specialised agency: resolves)") UnitKind kind,
        @Schema(examples = "000.00.20.H26", description = "the parent unit's code, null for the top") String parentCode,
        @Schema(examples = "2008-08-01") LocalDate validFrom,
        @Schema(examples = "2025-06-30", description = "last day the unit existed; null while it exists")
        LocalDate validTo) {
}
