package vn.motcua.catalog.unit;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.problem.SupportedDates;

/** A unit as written by an administrator (create, or the whole new state on update). Checked by {@link UnitRules}. */
@Schema(name = "UnitInput", description = "A unit to create, or its whole new state")
public record UnitInput(
        @Schema(examples = "000.20.20.H26", required = true, maxLength = 35, pattern = "^[0-9A-Z]+(\\.[0-9A-Z]+)*$",
                description = "electronic identifier code; on update optional and, if given, equal to the path's")
        String code,
        @Schema(examples = "UBND xã Bát Tràng", required = true, maxLength = 300) String name,
        @Schema(examples = "COMMUNE", required = true) UnitLevel level,
        @Schema(examples = "GOVERNMENT", description = "GOVERNMENT (level PROVINCE, DISTRICT or COMMUNE), "
                + "SERVICE_CENTRE or DEPARTMENT (level AGENCY, with a parentCode); default on create: DEPARTMENT for "
                + "an AGENCY, else GOVERNMENT; unchanged on update") UnitKind kind,
        @Schema(examples = "000.00.20.H26", description = "an existing unit's code, null for the top") String parentCode,
        @Schema(examples = "2008-08-01", required = true, description = "first day the unit exists, from "
                + SupportedDates.RANGE) LocalDate validFrom,
        @Schema(examples = "2025-06-30", description = "last day the unit exists, from " + SupportedDates.RANGE
                + "; null while it exists")
        LocalDate validTo) {
}
