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
    void linearPointsOfTheComputableCriteria() {
        // 8 received, 4 online of 6 for online procedures; 3 resolved, 2 on time; 4 pending, 1 overdue; 8/10 answers 4–5
        KpiFigures figures = KpiFigures.of(new KpiFigures.DossierCounts(8, 4, 4, 0, 6, 1, 1, 1, 2, 1, 0, 4, 1, null,
                null, null), new KpiFigures.SurveyCounts(2, 10, 8));
        List<Scorecard.Criterion> criteria = ScorecardRules.criteria(figures);
        Map<String, Scorecard.Criterion> c = byCode(criteria);
        assertThat(c.get("PROGRESS_ON_TIME").rawValuePercent()).hasToString("66.7");
        assertThat(c.get("PROGRESS_ON_TIME").points()).hasToString("6.67");
        assertThat(c.get("PROGRESS_NOT_OVERDUE").rawValuePercent()).hasToString("25.0");
        assertThat(c.get("PROGRESS_NOT_OVERDUE").points()).hasToString("7.50");
        assertThat(c.get("ONLINE_DOSSIERS").rawValuePercent()).hasToString("66.7");
        assertThat(c.get("ONLINE_DOSSIERS").points()).hasToString("14.67");
        assertThat(c.get("SATISFACTION_PROCEDURES").points()).hasToString("14.40");
        assertThat(c.get("PUBLICITY").computed()).isFalse();
        assertThat(c.get("PUBLICITY").maxPoints()).hasToString("18.00");
        assertThat(c.get("DIGITISATION").note()).isNotBlank();
        assertThat(ScorecardRules.total(criteria)).hasToString("43.24");
        assertThat(ScorecardRules.computableMaximum(criteria)).hasToString("60.00");
    }

    @Test
    void withoutDataNoPoints() {
        List<Scorecard.Criterion> criteria = ScorecardRules.criteria(KpiFigures.of(KpiFigures.DossierCounts.NONE,
                KpiFigures.SurveyCounts.NONE));
        assertThat(criteria).filteredOn(Scorecard.Criterion::computed).allSatisfy(c -> {
            assertThat(c.points()).isNull();
            assertThat(c.note()).contains("no data");
        });
        assertThat(ScorecardRules.total(criteria)).hasToString("0.00");
    }
}
