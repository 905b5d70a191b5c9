package vn.motcua.reporting.report.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.kpi.KpiFigures;

class ScorecardRulesTest {

    private static Map<String, Scorecard.Criterion> byCode(List<Scorecard.Criterion> criteria) {
        return criteria.stream().collect(Collectors.toMap(Scorecard.Criterion::code, c -> c));
    }

    @Test
    void pointsOfTheComputableCriteriaBelowAndAtTheirThresholds() {
        // 8 received, 4 online; 3 resolved, 2 by the due date but one of them after two supplement requests; 4 pending,
        // 1 overdue; 8/10 answers 4–5; no file counts in the events: digitisation 0 %
        KpiFigures figures = KpiFigures.of(new KpiFigures.DossierCounts(8, 4, 4, 0, 6, 1, 1, 1, 2, 1, 0, 4, 1, null,
                null, null, 1, 1), KpiFigures.DigitisationCounts.NONE, new KpiFigures.SurveyCounts(2, 10, 8));
        List<Scorecard.Criterion> criteria = ScorecardRules.criteria(figures);
        Map<String, Scorecard.Criterion> c = byCode(criteria);
        // the KPI keeps its meaning: 2 of 3 resolved early or on time
        assertThat(figures.resolved().onTimeRatePercent()).hasToString("66.7");
        // 766: (1 processed on time + 3 in progress within time) / (3 processed + 4 in progress) = 57.1 %;
        // 57.1 × 20 ÷ 80 = 14.275 → 14.28
        assertThat(figures.decision766OnTime().lateForSupplementRequests()).isEqualTo(1);
        assertThat(c.get("PROGRESS_ON_TIME").rawValuePercent()).hasToString("57.1");
        assertThat(c.get("PROGRESS_ON_TIME").points()).hasToString("14.28");
        assertThat(c.get("PROGRESS_ON_TIME").maxPoints()).hasToString("20.00");
        // online 4 of 8 = 50.0 %: the threshold, all 22 points
        assertThat(c.get("ONLINE_DOSSIERS").rawValuePercent()).hasToString("50.0");
        assertThat(c.get("ONLINE_DOSSIERS").points()).hasToString("22.00");
        // 80.0 × 18 ÷ 90 = 16.00
        assertThat(c.get("SATISFACTION_PROCEDURES").points()).hasToString("16.00");
        assertThat(c.get("PUBLICITY").computed()).isFalse();
        assertThat(c.get("PUBLICITY").maxPoints()).hasToString("18.00");
        assertThat(c.get("DIGITISATION_ELECTRONIC_RESULTS").rawValuePercent()).hasToString("0.0");
        assertThat(c.get("DIGITISATION_ELECTRONIC_RESULTS").points()).hasToString("0.00");
        assertThat(c.get("DIGITISATION_REUSE").points()).hasToString("0.00");
        assertThat(ScorecardRules.total(criteria)).hasToString("52.28");
        assertThat(ScorecardRules.computableMaximum(criteria)).hasToString("82.00");
    }

    @Test
    void digitisationEarnsFullPointsFromEightyPercentAndProportionallyBelow() {
        // 10 received, 4 with reused components = 40.0 %; 5 resolved: 4 electronic results = 80.0 %, 2 of them with
        // digitised components = 40.0 %
        KpiFigures figures = KpiFigures.of(new KpiFigures.DossierCounts(10, 10, 0, 0, 10, 0, 5, 0, 5, 0, 0, 5, 0, null,
                null, null, 5, 0), new KpiFigures.DigitisationCounts(12, 3, 6, 4, 4, 2), KpiFigures.SurveyCounts.NONE);
        Map<String, Scorecard.Criterion> c = byCode(ScorecardRules.criteria(figures));
        // at the threshold: all 8 points
        assertThat(c.get("DIGITISATION_ELECTRONIC_RESULTS").rawValuePercent()).hasToString("80.0");
        assertThat(c.get("DIGITISATION_ELECTRONIC_RESULTS").points()).hasToString("8.00");
        // 40.0 × 8 ÷ 80 = 4.00
        assertThat(c.get("DIGITISATION_DOSSIERS").rawValuePercent()).hasToString("40.0");
        assertThat(c.get("DIGITISATION_DOSSIERS").points()).hasToString("4.00");
        // 40.0 × 6 ÷ 80 = 3.00
        assertThat(c.get("DIGITISATION_REUSE").rawValuePercent()).hasToString("40.0");
        assertThat(c.get("DIGITISATION_REUSE").points()).hasToString("3.00");
        assertThat(c.get("DIGITISATION_REUSE").maxPoints()).hasToString("6.00");
        assertThat(c.get("DIGITISATION_DOSSIERS").note()).contains("÷ 80");

        // above the threshold: still the maximum (10 of 10 = 100 %)
        KpiFigures all = KpiFigures.of(new KpiFigures.DossierCounts(10, 10, 0, 0, 10, 0, 10, 0, 10, 0, 0, 0, 0, null,
                null, null, 10, 0), new KpiFigures.DigitisationCounts(30, 10, 10, 10, 10, 10), KpiFigures.SurveyCounts.NONE);
        Map<String, Scorecard.Criterion> full = byCode(ScorecardRules.criteria(all));
        assertThat(full.get("DIGITISATION_ELECTRONIC_RESULTS").points()).hasToString("8.00");
        assertThat(full.get("DIGITISATION_DOSSIERS").points()).hasToString("8.00");
        assertThat(full.get("DIGITISATION_REUSE").points()).hasToString("6.00");
        // all 10 processed on time: 100 % of the 766 on-time rate, still 20 points
        assertThat(full.get("PROGRESS_ON_TIME").rawValuePercent()).hasToString("100.0");
        assertThat(full.get("PROGRESS_ON_TIME").points()).hasToString("20.00");
    }

    @Test
    void withoutDataNoPoints() {
        List<Scorecard.Criterion> criteria = ScorecardRules.criteria(KpiFigures.of(KpiFigures.DossierCounts.NONE,
                KpiFigures.DigitisationCounts.NONE, KpiFigures.SurveyCounts.NONE));
        assertThat(criteria).filteredOn(Scorecard.Criterion::computed).allSatisfy(c -> {
            assertThat(c.points()).isNull();
            assertThat(c.note()).contains("no data");
        });
        assertThat(ScorecardRules.total(criteria)).hasToString("0.00");
    }
}
