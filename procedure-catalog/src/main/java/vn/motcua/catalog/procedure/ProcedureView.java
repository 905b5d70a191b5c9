package vn.motcua.catalog.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.common.CatalogStatus;

@Schema(name = "Procedure", description = "An administrative procedure (thủ tục hành chính)")
public record ProcedureView(
        @Schema(examples = "1.001193") String code,
        @Schema(examples = "Thủ tục đăng ký khai sinh") String name,
        FieldRef field,
        @Schema(examples = "[\"COMMUNE\"]", description = "levels that implement it") List<ProcedureLevel> levels,
        @Schema(examples = "{\"IN_PERSON\":1,\"ONLINE\":1}",
                description = "working days per channel; a channel absent from the map is unavailable")
        Map<Channel, Integer> processingDays,
        List<Fee> fees,
        List<DossierComponent> components,
        @Schema(examples = "[\"CITIZEN\",\"ORGANIZATION\"]") List<ApplicantType> applicants,
        @Schema(examples = "UBND cấp xã", description = "implementing agency") String agency,
        @Schema(examples = "ANY_CENTRE_OF_PROVINCE", description = "who may receive its dossiers: COMPETENT_UNIT (the "
                + "resolving unit's own desk or centre), ANY_CENTRE_OF_PROVINCE (the province's centre and every "
                + "commune and commune centre of the province), ANY_COMMUNE_OF_PROVINCE (any commune of the province, "
                + "whatever the applicant's commune)") Receiving receiving,
        @Schema(examples = "000.03.00.H26", description = "code of the DEPARTMENT (or province) that resolves it; "
                + "null: the competent people's committee of its level for the applicant")
        String resolvingAgencyCode,
        @Schema(examples = "Giấy khai sinh") String result,
        @Schema(examples = "[\"Luật Hộ tịch số 60/2014/QH13\"]") List<String> legalBases,
        @Schema(examples = "FULL") OnlineLevel onlineLevel,
        @Schema(examples = "true", description = "thiết yếu") boolean essential,
        @Schema(examples = "true", description = "ủy quyền: performed on behalf of a higher level") boolean delegated,
        @Schema(examples = "UBND cấp tỉnh", description = "who delegated it; null when not delegated")
        String delegatedBy,
        @Schema(examples = "2023-01-01") LocalDate effectiveFrom,
        @Schema(examples = "2026-12-31", description = "last day it applies; null while open-ended")
        LocalDate effectiveTo,
        @Schema(examples = "ACTIVE") CatalogStatus status,
        @Schema(examples = "3", description = "counts the changes; also the ETag") int version) {
}
