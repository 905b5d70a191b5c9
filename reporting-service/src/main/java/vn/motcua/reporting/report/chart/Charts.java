package vn.motcua.reporting.report.chart;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.events.Channel;
import vn.motcua.reporting.kpi.Interval;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.KpiFilter;
import vn.motcua.reporting.kpi.KpiQuery;
import vn.motcua.reporting.kpi.KpiSeries;
import vn.motcua.reporting.kpi.Kpis;
import vn.motcua.reporting.report.Language;
import vn.motcua.reporting.report.NumberText;

/** Turns KPI figures into the four charts, titled and labelled in the caller's language. */
@ApplicationScoped
public class Charts {

    private static final Map<Channel, String> CHANNEL_COLORS = Map.of(Channel.IN_PERSON, "#4e79a7",
            Channel.ONLINE, "#f28e2b", Channel.POSTAL, "#59a14f");
    private static final String LINE_COLOR = "#e15759";
    private static final String BAR_COLOR = "#4e79a7";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The five SIPAS factor groups of the questionnaire, in its order, with short names for an axis. */
    private static final Map<String, String[]> SIPAS_GROUPS = new LinkedHashMap<>();

    static {
        SIPAS_GROUPS.put("ACCESS", new String[] {"Tiếp cận dịch vụ", "Access"});
        SIPAS_GROUPS.put("PROCEDURE", new String[] {"Thủ tục hành chính", "Procedure"});
        SIPAS_GROUPS.put("CIVIL_SERVANTS", new String[] {"Công chức", "Civil servants"});
        SIPAS_GROUPS.put("RESULT", new String[] {"Kết quả", "Result"});
        SIPAS_GROUPS.put("FEEDBACK", new String[] {"Góp ý, phản ánh", "Feedback"});
    }

    private final Kpis kpis;
    private final KpiQuery query;

    public Charts(Kpis kpis, KpiQuery query) {
        this.kpis = kpis;
        this.query = query;
    }

    public Chart chart(ChartKind kind, KpiFilter filter, Interval interval, Language language) {
        String subtitle = (filter.unit() == null ? language.pick("Tất cả đơn vị", "All units") : filter.unit())
                + " · " + DAY.format(filter.period().from()) + " – " + DAY.format(filter.period().to());
        return switch (kind) {
            case MONTHLY_VOLUME -> monthlyVolume(filter, language, subtitle);
            case ON_TIME_RATE -> onTimeRate(filter, interval, language, subtitle);
            case CHANNEL_MIX -> channelMix(filter, language, subtitle);
            case SATISFACTION_BY_GROUP -> satisfactionByGroup(filter, language, subtitle);
        };
    }

    private Chart monthlyVolume(KpiFilter filter, Language language, String subtitle) {
        KpiSeries series = kpis.series(filter, Interval.MONTH);
        List<Chart.Series> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            List<Double> values = new ArrayList<>();
            series.points().forEach(p -> values.add((double) p.figures().received().byChannel().get(channel)));
            channels.add(new Chart.Series(channelName(channel, language), CHANNEL_COLORS.get(channel), values, null));
        }
        return new Chart(language.pick("Hồ sơ tiếp nhận theo tháng và kênh", "Dossiers received per month and channel"),
                subtitle, language.pick("Tháng", "Month"), language.pick("Số hồ sơ", "Dossiers"),
                Chart.Kind.STACKED_BARS, labels(series), channels, null);
    }

    private Chart onTimeRate(KpiFilter filter, Interval interval, Language language, String subtitle) {
        KpiSeries series = kpis.series(filter, interval);
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (KpiSeries.Point point : series.points()) {
            BigDecimal rate = point.figures().resolved().onTimeRatePercent();
            values.add(rate == null ? null : rate.doubleValue());
            labels.add(rate == null ? "" : NumberText.percent(rate, language) + "%");
        }
        return new Chart(language.pick("Tỷ lệ hồ sơ giải quyết đúng hạn", "On-time resolution rate"), subtitle,
                language.pick("Kỳ", "Period"), language.pick("Tỷ lệ đúng hạn (%)", "On-time rate (%)"),
                Chart.Kind.LINE, labels(series), List.of(new Chart.Series(
                        language.pick("Đúng hạn", "On time"), LINE_COLOR, values, labels)), 100.0);
    }

    private Chart channelMix(KpiFilter filter, Language language, String subtitle) {
        KpiFigures.Received received = kpis.overall(filter).received();
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            long count = received.byChannel().get(channel);
            categories.add(channelName(channel, language));
            values.add((double) count);
            BigDecimal share = vn.motcua.reporting.kpi.Percentages.of(count, received.total());
            labels.add(NumberText.count(count, language)
                    + (share == null ? "" : " (" + NumberText.percent(share, language) + "%)"));
        }
        return new Chart(language.pick("Cơ cấu hồ sơ theo kênh tiếp nhận", "Dossiers by channel"), subtitle,
                language.pick("Kênh tiếp nhận", "Channel"), language.pick("Số hồ sơ", "Dossiers"), Chart.Kind.BARS,
                categories, List.of(new Chart.Series(language.pick("Hồ sơ", "Dossiers"), BAR_COLOR, values, labels)),
                null);
    }

    private Chart satisfactionByGroup(KpiFilter filter, Language language, String subtitle) {
        Map<String, KpiFigures.SurveyCounts> groups = query.satisfactionBySipasGroup(filter);
        List<String> codes = new ArrayList<>(SIPAS_GROUPS.keySet());
        groups.keySet().stream().filter(code -> !SIPAS_GROUPS.containsKey(code)).forEach(codes::add);
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String code : codes) {
            String[] names = SIPAS_GROUPS.get(code);
            categories.add(names == null ? code : language.pick(names[0], names[1]));
            KpiFigures.SurveyCounts counts = groups.get(code);
            BigDecimal index = counts == null ? null
                    : vn.motcua.reporting.kpi.Percentages.of(counts.satisfied(), counts.answers());
            values.add(index == null ? null : index.doubleValue());
            labels.add(index == null ? "" : NumberText.percent(index, language) + "%");
        }
        return new Chart(language.pick("Chỉ số hài lòng theo nhóm tiêu chí", "Satisfaction index by factor group"),
                subtitle, language.pick("Nhóm tiêu chí SIPAS", "SIPAS factor group"),
                language.pick("Chỉ số hài lòng (%)", "Satisfaction index (%)"), Chart.Kind.BARS, categories,
                List.of(new Chart.Series(language.pick("Hài lòng", "Satisfied"), BAR_COLOR, values, labels)), 100.0);
    }

    private static List<String> labels(KpiSeries series) {
        List<String> labels = new ArrayList<>();
        series.points().forEach(point -> labels.add(point.label()));
        return labels;
    }

    private static String channelName(Channel channel, Language language) {
        return switch (channel) {
            case IN_PERSON -> language.pick("Trực tiếp", "In person");
            case ONLINE -> language.pick("Trực tuyến", "Online");
            case POSTAL -> language.pick("Bưu chính", "Postal");
        };
    }
}
