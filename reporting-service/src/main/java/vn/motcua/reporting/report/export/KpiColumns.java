package vn.motcua.reporting.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.events.Channel;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.KpiRow;
import vn.motcua.reporting.kpi.KpiSeries;

/** The columns of exported KPI tables and series, with Vietnamese and English headers. */
public final class KpiColumns {

    private KpiColumns() {
    }

    public static List<Column<KpiRow>> table() {
        List<Column<KpiRow>> columns = new ArrayList<>();
        columns.add(new Column<>("Mã nhóm", "Group", KpiRow::key));
        columns.add(new Column<>("Tên nhóm", "Group name", KpiRow::label));
        columns.addAll(figures(KpiRow::figures));
        return columns;
    }

    public static List<Column<KpiSeries.Point>> series() {
        List<Column<KpiSeries.Point>> columns = new ArrayList<>();
        columns.add(new Column<>("Kỳ", "Period", KpiSeries.Point::label));
        columns.add(new Column<>("Từ ngày", "From", point -> point.from().toString()));
        columns.add(new Column<>("Đến ngày", "To", point -> point.to().toString()));
        columns.addAll(figures(KpiSeries.Point::figures));
        return columns;
    }

    private static <T> List<Column<T>> figures(Function<T, KpiFigures> of) {
        List<Column<T>> columns = new ArrayList<>();
        add(columns, of, "Tiếp nhận", "Received", f -> f.received().total());
        add(columns, of, "Trực tiếp", "In person", f -> f.received().byChannel().get(Channel.IN_PERSON));
        add(columns, of, "Trực tuyến", "Online", f -> f.received().online());
        add(columns, of, "Bưu chính", "Postal", f -> f.received().byChannel().get(Channel.POSTAL));
        add(columns, of, "Tỷ lệ trực tuyến (%)", "Online share (%)", f -> f.received().onlineSharePercent());
        add(columns, of, "Đã giải quyết", "Resolved", f -> f.resolved().total());
        add(columns, of, "Trước hạn", "Early", f -> f.resolved().early());
        add(columns, of, "Đúng hạn", "On time", f -> f.resolved().onTime());
        add(columns, of, "Trễ hạn", "Late", f -> f.resolved().late());
        add(columns, of, "Tỷ lệ đúng hạn (%)", "On-time rate (%)", f -> f.resolved().onTimeRatePercent());
        add(columns, of, "Từ chối", "Rejected", f -> f.resolved().rejected());
        add(columns, of, "Rút hồ sơ", "Withdrawn", KpiFigures::withdrawn);
        add(columns, of, "Đang giải quyết cuối kỳ", "Pending at end", KpiFigures::pendingAtEnd);
        add(columns, of, "Quá hạn", "Overdue", KpiFigures::overdue);
        add(columns, of, "Ngày xử lý trung bình", "Mean working days",
                f -> f.processingWorkingDays() == null ? null : f.processingWorkingDays().mean());
        add(columns, of, "Ngày xử lý trung vị", "Median working days",
                f -> f.processingWorkingDays() == null ? null : f.processingWorkingDays().median());
        add(columns, of, "Ngày xử lý P90", "P90 working days",
                f -> f.processingWorkingDays() == null ? null : f.processingWorkingDays().p90());
        add(columns, of, "Hồ sơ có thành phần số hóa", "Received with digitised components",
                f -> f.digitisation().receivedWithDigitisedComponents());
        add(columns, of, "Thành phần tái sử dụng", "Reused components", f -> f.digitisation().reusedComponents());
        add(columns, of, "Kết quả điện tử", "Electronic results", f -> f.digitisation().electronicResults());
        add(columns, of, "Tỷ lệ cấp kết quả điện tử (%)", "Electronic result rate (%)",
                f -> f.digitisation().electronicResultRatePercent());
        add(columns, of, "Chỉ số hài lòng (%)", "Satisfaction index (%)", f -> f.satisfaction().indexPercent());
        add(columns, of, "Lượt đánh giá", "Survey responses", f -> f.satisfaction().responses());
        add(columns, of, "Tỷ lệ đúng hạn theo QĐ 766 (%)", "Decision 766 on-time rate (%)",
                f -> f.decision766OnTime().onTimeRatePercent());
        return columns;
    }

    private static <T> void add(List<Column<T>> columns, Function<T, KpiFigures> of, String vietnamese,
            String english, Function<KpiFigures, Object> value) {
        columns.add(new Column<>(vietnamese, english, row -> value.apply(of.apply(row))));
    }
}
