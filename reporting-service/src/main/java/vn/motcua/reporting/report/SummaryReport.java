package vn.motcua.reporting.report;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.kpi.KpiFigures;

@Schema(name = "SummaryReport", description = "A unit's figures for a period and the sentence reporting them")
public record SummaryReport(
        @Schema(examples = "000.00.20.H26") String unit,
        @Schema(description = "The unit's latest known name", examples = "Huyện Gia Lâm") String unitName,
        @Schema(examples = "true") boolean includeSubUnits,
        LocalDate from,
        LocalDate to,
        Language language,
        KpiFigures figures,
        @Schema(description = "Dossiers received per level of the unit they were filed at; levels without dossiers "
                + "left out", example = "{\"DISTRICT\": 234, \"COMMUNE\": 1000}") Map<UnitLevel, Long> receivedByLevel,
        @Schema(description = "The summary sentence", examples = "Trong 6 tháng đầu năm 2026, huyện Gia Lâm tiếp "
                + "nhận 1.234 hồ sơ (cấp huyện 234, cấp xã 1.000), trong đó 567 hồ sơ trực tuyến (45,9%); đã giải "
                + "quyết 1.100 hồ sơ, 98,5% đúng hạn; không có hồ sơ quá hạn.") String text) {
}
