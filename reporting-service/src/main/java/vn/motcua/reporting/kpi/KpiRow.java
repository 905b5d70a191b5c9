package vn.motcua.reporting.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KpiRow", description = "The figures of one group")
public record KpiRow(
        @Schema(description = "The group's value: unit code, level, procedure code, field code, channel or month "
                + "(yyyy-MM); absent for dossiers without a field", examples = "000.00.63.H26") String key,
        @Schema(description = "The unit's, procedure's or field's name, when the group has one",
                examples = "UBND xã Bát Tràng") String label,
        KpiFigures figures) {
}
