package vn.motcua.reporting.report.ii06a;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.reporting.report.export.Column;

/** The columns of form II.06a as a flat table (CSV): the form's thirteen, plus the field's code; the total row last. */
final class FormII06aColumns {

    private FormII06aColumns() {
    }

    /** A line of the table: a field's row, or the total row (no number, no field). */
    record Line(Integer number, String fieldCode, String fieldName, FormII06a.Figures figures) {
    }

    static List<Line> lines(FormII06a form) {
        List<Line> lines = new ArrayList<>();
        form.rows().forEach(row -> lines.add(new Line(row.number(), row.fieldCode(),
                row.fieldName() == null ? FormII06aSheet.NO_FIELD : row.fieldName(), row.figures())));
        lines.add(new Line(null, null, FormII06aSheet.TOTAL, form.totals()));
        return lines;
    }

    static List<Column<Line>> columns() {
        List<Column<Line>> columns = new ArrayList<>();
        columns.add(new Column<>("TT", "No.", Line::number));
        columns.add(new Column<>("Mã lĩnh vực", "Field code", Line::fieldCode));
        columns.add(new Column<>("Lĩnh vực", "Field", Line::fieldName));
        add(columns, "Tiếp nhận - Tổng số", "Received", f -> f.received().total());
        add(columns, "Tiếp nhận - Trực tuyến", "Received online", f -> f.received().online());
        add(columns, "Tiếp nhận - Trực tiếp, dịch vụ bưu chính", "Received in person or by post",
                f -> f.received().inPersonOrPostal());
        add(columns, "Tiếp nhận - Từ kỳ trước", "Carried over", f -> f.received().carriedOver());
        add(columns, "Đã giải quyết - Tổng số", "Resolved", f -> f.resolved().total());
        add(columns, "Đã giải quyết - Trước hạn", "Resolved early", f -> f.resolved().early());
        add(columns, "Đã giải quyết - Đúng hạn", "Resolved on time", f -> f.resolved().onTime());
        add(columns, "Đã giải quyết - Quá hạn", "Resolved late", f -> f.resolved().late());
        add(columns, "Đang giải quyết - Tổng số", "In progress", f -> f.inProgress().total());
        add(columns, "Đang giải quyết - Trong hạn", "In progress within time", f -> f.inProgress().withinTime());
        add(columns, "Đang giải quyết - Quá hạn", "In progress overdue", f -> f.inProgress().overdue());
        return columns;
    }

    private static void add(List<Column<Line>> columns, String vietnamese, String english,
            Function<FormII06a.Figures, Object> value) {
        columns.add(new Column<>(vietnamese, english, line -> value.apply(line.figures())));
    }
}
