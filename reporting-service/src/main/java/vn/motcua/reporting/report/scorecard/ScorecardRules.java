package vn.motcua.reporting.report.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.Percentages;

/**
 * Scores the criteria of the service-quality index of Decision 766/QĐ-TTg (23 June 2022, "Bộ chỉ số chỉ đạo, điều
 * hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực trên môi
 * trường điện tử") that the events support. The decision's five groups and their weights: công khai, minh bạch 18;
 * tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18 (total 100).
 * Its satisfaction group rests on three ratios (feedback handled on time, satisfaction with feedback handling,
 * satisfaction with receiving and resolving procedures); we only have the last. The per-sub-criterion point
 * formulas were not available to us, so the progress, online and satisfaction criteria use a linear scale, points =
 * maximum × ratio / 100, and a computable ratio carries its whole group (the progress group split evenly between its
 * two ratios).
 *
 * <p>The digitisation group (22 points) follows the decision's published summary instead: full points at a threshold
 * of 80 %, below it points = ratio × maximum ÷ 80. Its three ratios and maxima (the split of the 22 points is ours:
 * the decision's own split was not available to us):
 * <ul>
 * <li>{@code DIGITISATION_ELECTRONIC_RESULTS}, 8 points: dossiers resolved in the period (APPROVED or REJECTED) with
 *     an electronic result issued / dossiers resolved in the period;</li>
 * <li>{@code DIGITISATION_DOSSIERS}, 8 points: dossiers resolved in the period with at least one digitised component
 *     and an electronic result / dossiers resolved in the period;</li>
 * <li>{@code DIGITISATION_REUSE}, 6 points: dossiers received in the period with at least one reused component (taken
 *     from an earlier result or the citizen's data store) / dossiers received in the period.</li>
 * </ul>
 * A dossier's counts are the latest its events carried (at resolution, else at intake); events without them count 0
 * and false. Pure.
 */
public final class ScorecardRules {

    public static final String METHOD = "Decision 766/QĐ-TTg groups and weights (publicity 18, progress 20, "
            + "digitisation 22, online service 22, satisfaction 18). Linear scale: points = maximum × ratio / 100, "
            + "two decimals rounded half up; the ratios are the KPI definitions of GET /api/v1/kpis. Progress: 10 "
            + "points for the on-time rate of resolved dossiers, 10 for the share of dossiers pending at the "
            + "period's end that are not overdue. Online service: 22 points for the share of dossiers received "
            + "online among those received for procedures offered online (FULL or PARTIAL). Satisfaction: 18 points "
            + "for the SIPAS satisfaction index. Digitisation, full points at a threshold of 80 %, below it points = "
            + "ratio × maximum ÷ 80 (the split of its 22 points is ours): 8 points for the electronic result rate "
            + "(resolved dossiers with an electronic result issued / resolved), 8 for the share of resolved dossiers "
            + "with at least one digitised component and an electronic result (/ resolved), 6 for the reuse share "
            + "(received dossiers with at least one reused component / received); a dossier's counts are the latest "
            + "its events carried, events without them count 0. A criterion without data (no denominator) awards no "
            + "points. Publicity and the sub-criteria listed without maximum need data the events do not carry.";

    /** The share at which a digitisation criterion earns its full points. */
    static final BigDecimal DIGITISATION_THRESHOLD = BigDecimal.valueOf(80);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScorecardRules() {
    }

    public static List<Scorecard.Criterion> criteria(KpiFigures f) {
        List<Scorecard.Criterion> criteria = new ArrayList<>();
        criteria.add(notComputed("PUBLICITY", "PUBLICITY", "Công khai, minh bạch", "Publicity and transparency", 18,
                "Needs the publication of procedures on time, their completeness on the national portal and the "
                        + "tracking of dossiers there: not carried by dossier or survey events."));
        criteria.add(scored("PROGRESS_ON_TIME", "PROGRESS", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
                "Share of resolved dossiers resolved early or on time", 10, f.resolved().onTimeRatePercent(),
                f.resolved().onTimeRatePercent(), "(early + on time) / resolved in the period"));
        long pending = f.pendingAtEnd();
        BigDecimal overdueShare = pending == 0 && f.received().total() + f.resolved().total() > 0
                ? BigDecimal.ZERO.setScale(1) : Percentages.of(f.overdue(), pending);
        criteria.add(scored("PROGRESS_NOT_OVERDUE", "PROGRESS", "Tỷ lệ hồ sơ đang giải quyết quá hạn",
                "Share of pending dossiers that are overdue", 10, overdueShare,
                overdueShare == null ? null : HUNDRED.subtract(overdueShare), "raw value = overdue / pending at the "
                        + "period's end (0 when nothing is pending); points = 10 × (100 − raw value) / 100"));
        KpiFigures.Digitisation digitisation = f.digitisation();
        criteria.add(thresholded("DIGITISATION_ELECTRONIC_RESULTS", "Tỷ lệ cấp kết quả điện tử",
                "Share of resolved dossiers with an electronic result", 8,
                digitisation.electronicResultRatePercent(),
                "resolved in the period (APPROVED or REJECTED) with an electronic result issued / resolved"));
        criteria.add(thresholded("DIGITISATION_DOSSIERS", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
                "Share of resolved dossiers with digitised components and an electronic result", 8,
                digitisation.digitisedWithElectronicResultSharePercent(),
                "resolved in the period with at least one digitised component and an electronic result / resolved"));
        criteria.add(thresholded("DIGITISATION_REUSE", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
                "Share of received dossiers reusing digitised data", 6, digitisation.reuseSharePercent(),
                "received in the period with at least one reused component / received"));
        BigDecimal onlineShare = Percentages.of(f.received().online(), f.received().offeredOnline());
        criteria.add(scored("ONLINE_DOSSIERS", "ONLINE_SERVICE",
                "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ của các TTHC cung cấp dịch vụ công trực tuyến",
                "Share of dossiers received online among those of procedures offered online", 22, onlineShare,
                onlineShare,
                "online / received for procedures of online level FULL or PARTIAL"));
        criteria.add(subCriterion("ONLINE_PAYMENT", "ONLINE_SERVICE", "Tỷ lệ thanh toán trực tuyến",
                "Share of fees paid online", "Payments are not carried by the events; not scored."));
        criteria.add(subCriterion("ONLINE_PROCEDURES_OFFERED", "ONLINE_SERVICE",
                "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "Share of procedures offered online",
                "Needs the whole procedure catalog, which reporting does not read (events only); not scored."));
        criteria.add(scored("SATISFACTION_PROCEDURES", "SATISFACTION",
                "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC",
                "Satisfaction with receiving and resolving procedures", 18, f.satisfaction().indexPercent(),
                f.satisfaction().indexPercent(), "SIPAS index: answers scored 4–5 / answers, responses submitted in the period"));
        criteria.add(subCriterion("FEEDBACK_ON_TIME", "SATISFACTION", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
                "Share of feedback handled on time", "Feedback handling is not carried by the events; not scored."));
        criteria.add(subCriterion("FEEDBACK_SATISFACTION", "SATISFACTION",
                "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", "Satisfaction with feedback handling",
                "Feedback handling is not carried by the events; not scored."));
        return criteria;
    }

    public static BigDecimal total(List<Scorecard.Criterion> criteria) {
        return criteria.stream().map(Scorecard.Criterion::points).filter(p -> p != null)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public static BigDecimal computableMaximum(List<Scorecard.Criterion> criteria) {
        return criteria.stream().filter(Scorecard.Criterion::computed).map(Scorecard.Criterion::maxPoints)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** {@code earning} is the share that earns points: the raw value itself, or for overdue its complement. */
    private static Scorecard.Criterion scored(String code, String group, String vi, String en, int max,
            BigDecimal raw, BigDecimal earning, String formula) {
        BigDecimal maximum = BigDecimal.valueOf(max).setScale(2);
        BigDecimal points = earning == null ? null
                : maximum.multiply(earning).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Scorecard.Criterion(code, group, vi, en, true, raw, points, maximum,
                earning == null ? formula + "; no data in the period, no points" : formula);
    }

    /** A digitisation criterion: full points from the threshold on, proportionally below it. */
    private static Scorecard.Criterion thresholded(String code, String vi, String en, int max, BigDecimal raw,
            String ratio) {
        BigDecimal maximum = BigDecimal.valueOf(max).setScale(2);
        String formula = "raw value = " + ratio + "; points = " + max + " from " + DIGITISATION_THRESHOLD
                + " % on, below it raw value × " + max + " ÷ " + DIGITISATION_THRESHOLD;
        BigDecimal points = raw == null ? null
                : maximum.multiply(raw.min(DIGITISATION_THRESHOLD)).divide(DIGITISATION_THRESHOLD, 2,
                        RoundingMode.HALF_UP);
        return new Scorecard.Criterion(code, "DIGITISATION", vi, en, true, raw, points, maximum,
                raw == null ? formula + "; no data in the period, no points" : formula);
    }

    private static Scorecard.Criterion notComputed(String code, String group, String vi, String en, int max,
            String note) {
        return new Scorecard.Criterion(code, group, vi, en, false, null, null, BigDecimal.valueOf(max).setScale(2),
                note);
    }

    private static Scorecard.Criterion subCriterion(String code, String group, String vi, String en, String note) {
        return new Scorecard.Criterion(code, group, vi, en, false, null, null, null, note);
    }
}
