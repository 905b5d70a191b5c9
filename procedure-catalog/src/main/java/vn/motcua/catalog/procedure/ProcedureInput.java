package vn.motcua.catalog.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.problem.SupportedDates;
import vn.motcua.catalog.common.CatalogStatus;

/**
 * A procedure as written by an administrator: what to create, or the whole new state on update (the body of
 * a GET can be sent back as is). Checked by {@link ProcedureRules}; list items must not contain {@code ;} or
 * {@code |}, the separators of the import format, so every procedure survives an export and re-import.
 */
@Schema(name = "ProcedureInput", description = "A procedure to create, or its whole new state")
public record ProcedureInput(
        @Schema(examples = "1.001193", required = true, pattern = "^[0-9]\\.[0-9]{6}(\\.[0-9A-Z]{1,10})?$",
                description = "national code d.dddddd with an optional local suffix (.H38); on update optional and, "
                        + "if given, equal to the path's")
        String code,
        @Schema(examples = "Thủ tục đăng ký khai sinh", required = true, maxLength = 500) String name,
        @Schema(required = true) FieldRef field,
        @Schema(examples = "[\"COMMUNE\"]", required = true, description = "at least one") List<ProcedureLevel> levels,
        @Schema(examples = "{\"IN_PERSON\":1,\"ONLINE\":1}", required = true,
                description = "working days per channel (0–365); a channel left out is unavailable; at least one")
        Map<Channel, Integer> processingDays,
        List<FeeInput> fees,
        List<ComponentInput> components,
        @Schema(examples = "[\"CITIZEN\"]", required = true, description = "at least one") List<ApplicantType> applicants,
        @Schema(examples = "UBND cấp xã", required = true, maxLength = 500) String agency,
        @Schema(examples = "ANY_CENTRE_OF_PROVINCE", description = "who may receive its dossiers, default "
                + "COMPETENT_UNIT; ANY_COMMUNE_OF_PROVINCE needs the COMMUNE level (Decree 118/2025/NĐ-CP art. 14(2))")
        Receiving receiving,
        @Schema(examples = "000.03.00.H26", maxLength = 35, pattern = "^[0-9A-Z]+(\\.[0-9A-Z]+)*$",
                description = "code of an existing DEPARTMENT unit, or of a province, that resolves it (422 otherwise); "
                        + "empty: the competent people's committee of its level")
        String resolvingAgencyCode,
        @Schema(examples = "Giấy khai sinh", maxLength = 1000) String result,
        @Schema(examples = "[\"Luật Hộ tịch số 60/2014/QH13\"]") List<String> legalBases,
        @Schema(examples = "FULL", required = true) OnlineLevel onlineLevel,
        @Schema(examples = "true", required = true) Boolean essential,
        @Schema(examples = "true", description = "default: whether delegatedBy is given") Boolean delegated,
        @Schema(examples = "UBND cấp tỉnh", maxLength = 300,
                description = "who delegated it (level or agency); required when delegated, empty when not")
        String delegatedBy,
        @Schema(examples = "2023-01-01", required = true, description = "first day it applies, from "
                + SupportedDates.RANGE) LocalDate effectiveFrom,
        @Schema(examples = "2026-12-31", description = "last day it applies, from " + SupportedDates.RANGE
                + "; null while open-ended")
        LocalDate effectiveTo,
        @Schema(examples = "ACTIVE", description = "default ACTIVE on create, unchanged on update") CatalogStatus status) {
}
