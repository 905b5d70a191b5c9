package vn.motcua.reporting.report.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.kpi.KpiFigures;

/**
 * Scores the criteria of the service-quality index of Decision 766/QĐ-TTg (23 June 2022, "Bộ chỉ số chỉ đạo, điều
 * hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực trên môi
 * trường điện tử") that the events support. The decision's five groups and their weights: công khai, minh bạch 18;
 * tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18 (total 100).
 *
 * <p>Every computed criterion follows the decision's published description of its formula (read second-hand: its
 * annex could not be consulted, the thresholds come from a third-party dashboard): full points from a threshold
 * on, below it points = ratio × maximum ÷ threshold. Thresholds: 80 % for the on-time rate and the digitisation
 * ratios, 50 % for online submission, 90 % for satisfaction. Where a group has sub-criteria the events cannot
 * compute, the computable ratio carries the whole group; the split of the digitisation group's 22 points over its
 * three ratios is ours (8, 8, 6). Pure.
 * <ul>
 * <li>{@code PROGRESS_ON_TIME}, 20 points: the 766 on-time rate ({@link KpiFigures.Decision766OnTime}): dossiers
 *     processed in the period on time with at most one supplement request, plus those in progress within their time
 *     at its end, over all processed and in progress;</li>
 * <li>{@code DIGITISATION_ELECTRONIC_RESULTS}, 8 points: dossiers resolved in the period (APPROVED or REJECTED) with
 *     an electronic result issued / dossiers resolved in the period;</li>
 * <li>{@code DIGITISATION_DOSSIERS}, 8 points: dossiers resolved in the period with at least one digitised component
 *     and an electronic result / dossiers resolved in the period;</li>
 * <li>{@code DIGITISATION_REUSE}, 6 points: dossiers received in the period with at least one reused component (taken
 *     from an earlier result or the citizen's data store) / dossiers received in the period;</li>
 * <li>{@code ONLINE_DOSSIERS}, 22 points: dossiers received online / received, times the portal synchronisation rate,
 *     which reporting cannot see (taken as 100 %);</li>
 * <li>{@code SATISFACTION_PROCEDURES}, 18 points: the SIPAS index of the responses submitted in the period.</li>
 * </ul>
 * A dossier's file counts are the latest its events carried (at resolution, else at intake); events without them
 * count 0 and false.
 */
public final class ScorecardRules {

    public static final String METHOD = "Decision 766/QĐ-TTg groups and weights (publicity 18, progress 20, "
            + "digitisation 22, online service 22, satisfaction 18), as its published formula description reads "
            + "(thresholds read second-hand): full points from a threshold on, below it points = ratio × maximum ÷ "
            + "threshold, two decimals rounded half up. Progress, 20 points, threshold 80 %: the 766 on-time rate "
            + "(decision766OnTime of GET /api/v1/kpis) = (dossiers processed in the period, resolved or withdrawn, "
            + "early or on time with at most one supplement request + dossiers in progress at the period's end and "
            + "not overdue) / (processed + in progress). Online service, 22 points, threshold 50 %: received online "
            + "/ received × the portal synchronisation rate, which the events do not carry (taken as 100 %). "
            + "Satisfaction, 18 points, threshold 90 %: the SIPAS satisfaction index. Digitisation, threshold 80 % "
            + "(the split of its 22 points is ours): 8 points for the electronic result rate (resolved dossiers with "
            + "an electronic result issued / resolved), 8 for the share of resolved dossiers with at least one "
            + "digitised component and an electronic result (/ resolved), 6 for the reuse share (received dossiers "
            + "with at least one reused component / received); a dossier's counts are the latest its events "
            + "carried, events without them count 0. A criterion without data (no denominator) awards no points. "
            + "Publicity and the sub-criteria listed without maximum need data the events do not carry.";

    /** The share at which the on-time and digitisation criteria earn their full points. */
    static final BigDecimal USUAL_THRESHOLD = BigDecimal.valueOf(80);

    /** The share of online submission that earns the online service group's full points. */
    static final BigDecimal ONLINE_THRESHOLD = BigDecimal.valueOf(50);

    /** The satisfaction index that earns the satisfaction group's full points. */
    static final BigDecimal SATISFACTION_THRESHOLD = BigDecimal.valueOf(90);

    private ScorecardRules() {
    }

    public static List<Scorecard.Criterion> criteria(KpiFigures f) {
        List<Scorecard.Criterion> criteria = new ArrayList<>();
        criteria.add(notComputed("PUBLICITY", "PUBLICITY", "Công khai, minh bạch", "Publicity and transparency", 18,
                "Needs the publication of procedures on time, their completeness on the national portal and the "
                        + "tracking of dossiers there: not carried by dossier or survey events."));
        criteria.add(thresholded("PROGRESS_ON_TIME", "PROGRESS",
                "Tỷ lệ hồ sơ xử lý đúng hạn và đang xử lý trong hạn (Quyết định 766/QĐ-TTg)",
                "Share of dossiers processed on time or in progress within time (Decision 766)", 20,
                f.decision766OnTime().onTimeRatePercent(), USUAL_THRESHOLD, "(processed in the period early or on "
                        + "time with at most one supplement request + in progress at its end and not overdue) / "
                        + "(processed + in progress)"));
        KpiFigures.Digitisation digitisation = f.digitisation();
        criteria.add(thresholded("DIGITISATION_ELECTRONIC_RESULTS", "DIGITISATION", "Tỷ lệ cấp kết quả điện tử",
                "Share of resolved dossiers with an electronic result", 8,
                digitisation.electronicResultRatePercent(), USUAL_THRESHOLD,
                "resolved in the period (APPROVED or REJECTED) with an electronic result issued / resolved"));
        criteria.add(thresholded("DIGITISATION_DOSSIERS", "DIGITISATION",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
                "Share of resolved dossiers with digitised components and an electronic result", 8,
                digitisation.digitisedWithElectronicResultSharePercent(), USUAL_THRESHOLD,
                "resolved in the period with at least one digitised component and an electronic result / resolved"));
        criteria.add(thresholded("DIGITISATION_REUSE", "DIGITISATION",
                "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
                "Share of received dossiers reusing digitised data", 6, digitisation.reuseSharePercent(),
                USUAL_THRESHOLD,
                "received in the period with at least one reused component / received"));
        criteria.add(thresholded("ONLINE_DOSSIERS", "ONLINE_SERVICE", "Tỷ lệ hồ sơ trực tuyến",
                "Share of dossiers received online", 22, f.received().onlineSharePercent(), ONLINE_THRESHOLD,
                "received online / received × portal synchronisation rate (not carried by the events: 100 %)"));
        criteria.add(subCriterion("ONLINE_PAYMENT", "ONLINE_SERVICE", "Tỷ lệ thanh toán trực tuyến",
                "Share of fees paid online", "Payments are not carried by the events; not scored."));
        criteria.add(subCriterion("ONLINE_PROCEDURES_OFFERED", "ONLINE_SERVICE",
                "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "Share of procedures offered online",
                "Needs the whole procedure catalog, which reporting does not read (events only); not scored."));
        criteria.add(thresholded("SATISFACTION_PROCEDURES", "SATISFACTION",
                "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC",
                "Satisfaction with receiving and resolving procedures", 18, f.satisfaction().indexPercent(),
                SATISFACTION_THRESHOLD, "SIPAS index: answers scored 4–5 / answers, responses submitted in the period"));
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

    /** A criterion that earns its full points from {@code threshold} on, proportionally below it. */
    private static Scorecard.Criterion thresholded(String code, String group, String vi, String en, int max,
            BigDecimal raw, BigDecimal threshold, String ratio) {
        BigDecimal maximum = BigDecimal.valueOf(max).setScale(2);
        String formula = "raw value = " + ratio + "; points = " + max + " from " + threshold
                + " % on, below it raw value × " + max + " ÷ " + threshold;
        BigDecimal points = raw == null ? null
                : maximum.multiply(raw.min(threshold)).divide(threshold, 2, RoundingMode.HALF_UP);
        return new Scorecard.Criterion(code, group, vi, en, true, raw, points, maximum,
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
