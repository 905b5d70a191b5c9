package vn.motcua.reporting.report.ii06a;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.kpi.UnitRole;

/** Form II.06a of a unit and period: one row per field (lĩnh vực) and the total of them. */
@Schema(name = "FormII06a", description = "Form II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP): dossiers received, "
        + "resolved and in progress per field of a unit and period")
public record FormII06a(
        @Schema(description = "The form's number as printed", examples = FORM) String form,
        @Schema(description = "The reporting unit", examples = "000.00.20.H26") String unit,
        @Schema(description = "Its latest known name", examples = "Huyện Gia Lâm") String unitName,
        @Schema(description = "Whether the figures include the unit's sub-units", examples = "true")
        boolean includeSubUnits,
        @Schema(description = "Whether the unit is the dossiers' receiving unit or the unit resolving them")
        UnitRole unitRole,
        LocalDate from,
        LocalDate to,
        @Schema(description = "One row per field, by field code; dossiers without a field last") List<Row> rows,
        @Schema(description = "The total row: the sum of the rows") Figures totals) {

    public static final String FORM = "II.06a/VPCP/KSTT";

    @Schema(name = "FormII06aRow")
    public record Row(
            @Schema(description = "Row number (TT), from 1", examples = "1") int number,
            @Schema(description = "Field code; absent for dossiers whose procedure has no field", examples = "HT")
            String fieldCode,
            @Schema(description = "Field name; absent with the code", examples = "Hộ tịch") String fieldName,
            Figures figures) {
    }

    @Schema(name = "FormII06aFigures", description = "Received = resolved + in progress")
    public record Figures(Received received, Resolved resolved, InProgress inProgress) {

        static final Figures NONE = new Figures(new Received(0, 0, 0, 0), new Resolved(0, 0, 0, 0, 0),
                new InProgress(0, 0, 0));

        Figures plus(Figures other) {
            return new Figures(
                    new Received(received.total + other.received.total, received.online + other.received.online,
                            received.inPersonOrPostal + other.received.inPersonOrPostal,
                            received.carriedOver + other.received.carriedOver),
                    new Resolved(resolved.total + other.resolved.total, resolved.early + other.resolved.early,
                            resolved.onTime + other.resolved.onTime, resolved.late + other.resolved.late,
                            resolved.withdrawn + other.resolved.withdrawn),
                    new InProgress(inProgress.total + other.inProgress.total,
                            inProgress.withinTime + other.inProgress.withinTime,
                            inProgress.overdue + other.inProgress.overdue));
        }
    }

    @Schema(name = "FormII06aReceived", description = "Số hồ sơ nhận giải quyết")
    public record Received(
            @Schema(description = "Tổng số: online + inPersonOrPostal + carriedOver", examples = "1250") long total,
            @Schema(description = "Trực tuyến: received online in the period", examples = "520") long online,
            @Schema(description = "Trực tiếp, dịch vụ bưu chính: received in person or by post in the period",
                    examples = "690") long inPersonOrPostal,
            @Schema(description = "Từ kỳ trước: received before the period and neither resolved nor withdrawn "
                    + "before it", examples = "40") long carriedOver) {
    }

    @Schema(name = "FormII06aResolved", description = "Số lượng hồ sơ đã giải quyết: resolved or withdrawn in the "
            + "period")
    public record Resolved(
            @Schema(description = "Tổng số: early + onTime + late", examples = "1200") long total,
            @Schema(description = "Trước hạn: resolved before the due date's working day", examples = "700")
            long early,
            @Schema(description = "Đúng hạn: resolved on the due date's working day, and the dossiers withdrawn by "
                    + "the applicant", examples = "480") long onTime,
            @Schema(description = "Quá hạn: resolved after the due date", examples = "20") long late,
            @Schema(description = "Of onTime, the dossiers withdrawn by the applicant (not a column of the printed "
                    + "form)", examples = "6") long withdrawn) {
    }

    @Schema(name = "FormII06aInProgress", description = "Số lượng hồ sơ đang giải quyết: neither resolved nor "
            + "withdrawn at the period's end")
    public record InProgress(
            @Schema(description = "Tổng số: withinTime + overdue", examples = "50") long total,
            @Schema(description = "Trong hạn: due at or after the period's end (or now, when it ends in the future)",
                    examples = "45") long withinTime,
            @Schema(description = "Quá hạn: due before the period's end (or now, when it ends in the future)",
                    examples = "5") long overdue) {
    }

    /** The figures of one field as the read model counts them. */
    record FieldFigures(String fieldCode, String fieldName, Figures figures) {
    }

    /** The form of {@code fields} (in row order), numbered, with their total. */
    static FormII06a of(String unit, String unitName, boolean includeSubUnits, UnitRole unitRole, LocalDate from, LocalDate to,
            List<FieldFigures> fields) {
        List<Row> rows = new ArrayList<>();
        Figures totals = Figures.NONE;
        for (FieldFigures field : fields) {
            rows.add(new Row(rows.size() + 1, field.fieldCode(), field.fieldName(), field.figures()));
            totals = totals.plus(field.figures());
        }
        return new FormII06a(FORM, unit, unitName, includeSubUnits, unitRole, from, to, rows, totals);
    }
}
