package vn.motcua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.kpi.KpiFigures;
import vn.motcua.reporting.kpi.Period;

class SummaryTextTest {

    private static final Period FIRST_HALF = Period.parse("2026-01-01", "2026-06-30");

    /** 1,234 received (567 online), 1,100 resolved of which 1,083 early or on time (98.5 %), none overdue. */
    private static KpiFigures districtFigures(long overdue) {
        return KpiFigures.of(new KpiFigures.DossierCounts(1234, 600, 567, 67, 900, 1000, 83, 17, 1090, 10, 3, 131,
                overdue, null, 4.0, 9.0, 1083, 0), KpiFigures.DigitisationCounts.NONE, KpiFigures.SurveyCounts.NONE);
    }

    private static Map<UnitLevel, Long> levels() {
        Map<UnitLevel, Long> levels = new EnumMap<>(UnitLevel.class);
        levels.put(UnitLevel.COMMUNE, 1000L);
        levels.put(UnitLevel.DISTRICT, 234L);
        return levels;
    }

    @Test
    void vietnameseAsOfficialReportsWriteIt() {
        assertThat(SummaryText.render(Language.VI, FIRST_HALF, "Huyện Gia Lâm", districtFigures(0), levels()))
                .isEqualTo("Trong 6 tháng đầu năm 2026, huyện Gia Lâm tiếp nhận 1.234 hồ sơ (cấp huyện 234, cấp xã "
                        + "1.000), trong đó 567 hồ sơ trực tuyến (45,9%); đã giải quyết 1.100 hồ sơ, 98,5% đúng hạn; "
                        + "không có hồ sơ quá hạn.");
    }

    @Test
    void englishEquivalent() {
        assertThat(SummaryText.render(Language.EN, FIRST_HALF, "Huyện Gia Lâm", districtFigures(2), levels()))
                .isEqualTo("In the first six months of 2026, huyện Gia Lâm received 1,234 dossiers (district level "
                        + "234, commune level 1,000), of which 567 online (45.9%); 1,100 dossiers were resolved, "
                        + "98.5% on time; 2 dossiers are overdue.");
    }

    @Test
    void oneLevelNoBreakdownAndNothingReceivedOrResolved() {
        Map<UnitLevel, Long> commune = new EnumMap<>(UnitLevel.class);
        commune.put(UnitLevel.COMMUNE, 1234L);
        assertThat(SummaryText.render(Language.VI, Period.parse("2026-04-01", "2026-06-30"), "Xã Bát Tràng",
                districtFigures(1), commune)).isEqualTo("Trong quý II năm 2026, xã Bát Tràng tiếp nhận 1.234 hồ sơ, "
                        + "trong đó 567 hồ sơ trực tuyến (45,9%); đã giải quyết 1.100 hồ sơ, 98,5% đúng hạn; còn 1 hồ "
                        + "sơ quá hạn.");
        KpiFigures none = KpiFigures.of(KpiFigures.DossierCounts.NONE, KpiFigures.DigitisationCounts.NONE,
                KpiFigures.SurveyCounts.NONE);
        assertThat(SummaryText.render(Language.EN, Period.parse("2026-03-01", "2026-03-31"), "UBND xã Bát Tràng",
                none, Map.of())).isEqualTo("In March 2026, UBND xã Bát Tràng received no dossiers; no dossier was "
                        + "resolved; no dossier is overdue.");
    }

    @Test
    void periodsAreNamedAsReportsNameThem() {
        assertThat(PeriodPhrase.of(Period.parse("2026-01-01", "2026-12-31"), Language.VI)).isEqualTo("Trong năm 2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-07-01", "2026-12-31"), Language.EN))
                .isEqualTo("In the last six months of 2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-01-01", "2026-09-30"), Language.VI))
                .isEqualTo("Trong 9 tháng đầu năm 2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-10-01", "2026-12-31"), Language.EN))
                .isEqualTo("In the fourth quarter of 2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-03-05", "2026-04-20"), Language.VI))
                .isEqualTo("Từ ngày 05/03/2026 đến ngày 20/04/2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-03-05", "2026-04-20"), Language.EN))
                .isEqualTo("From 5 March 2026 to 20 April 2026");
        assertThat(PeriodPhrase.of(Period.parse("2026-03-05", "2026-03-05"), Language.EN))
                .isEqualTo("On 5 March 2026");
    }

    @Test
    void numbersAsEachLanguageWritesThem() {
        assertThat(NumberText.count(1234567, Language.VI)).isEqualTo("1.234.567");
        assertThat(NumberText.count(1234567, Language.EN)).isEqualTo("1,234,567");
        assertThat(NumberText.percent(new java.math.BigDecimal("1234.5"), Language.VI)).isEqualTo("1.234,5");
        assertThat(NumberText.percent(new java.math.BigDecimal("100.0"), Language.EN)).isEqualTo("100.0");
    }
}
