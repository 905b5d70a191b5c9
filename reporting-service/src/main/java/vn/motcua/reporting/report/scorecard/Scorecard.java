package vn.motcua.reporting.report.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.kpi.UnitRole;

@Schema(name = "Scorecard", description = "The Decision 766/QĐ-TTg criteria our events can compute, for a unit and "
        + "period, and a note for each one they cannot")
public record Scorecard(
        @Schema(description = "Unit filter; absent = every unit the caller may see", examples = "000.00.63.H26")
        String unit,
        @Schema(examples = "true") boolean includeSubUnits,
        @Schema(description = "Whether unit and level are the dossiers' receiving or resolving unit")
        UnitRole unitRole,
        LocalDate from,
        LocalDate to,
        List<Criterion> criteria,
        @Schema(description = "Sum of the points awarded (criteria without data count 0)", examples = "51.67")
        BigDecimal points,
        @Schema(description = "Sum of the maxima of the computed criteria (82: progress 20, digitisation 22, "
                + "online service 22, satisfaction 18)", examples = "82") BigDecimal computableMaximum,
        @Schema(description = "The index's full scale", examples = "100.00") BigDecimal maximum,
        @Schema(description = "How the points are computed", examples = ScorecardRules.METHOD) String method) {

    @Schema(name = "ScorecardCriterion")
    public record Criterion(
            @Schema(examples = "PROGRESS_ON_TIME") String code,
            @Schema(description = "766 group", enumeration = {"PUBLICITY", "PROGRESS", "DIGITISATION",
                    "ONLINE_SERVICE", "SATISFACTION"}) String group,
            @Schema(description = "Name in Vietnamese", examples = "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn")
            String nameVi,
            @Schema(description = "Name in English", examples = "Share of resolved dossiers resolved early or on time")
            String nameEn,
            @Schema(description = "Whether our data computes it", examples = "true") boolean computed,
            @Schema(description = "The measured ratio in percent, one decimal rounded half up; absent when not "
                    + "computed or without data", examples = "98.5") BigDecimal rawValuePercent,
            @Schema(description = "Points awarded, two decimals rounded half up; absent when not computed or "
                    + "without data", examples = "9.85") BigDecimal points,
            @Schema(description = "Points this criterion can award; absent for an unscored sub-criterion",
                    examples = "10") BigDecimal maxPoints,
            @Schema(description = "The formula, or why it cannot be computed",
                    examples = "(early + on time) / resolved in the period") String note) {
    }
}
