package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactRangesTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void wholeMonthsComeFromTheMonthlyRowsAndTheDaysAroundThemFromTheDailyOnes() {
        assertThat(FactRanges.of(day("2026-01-15"), day("2026-07-04"))).containsExactly(
                new FactRanges.Range('D', day("2026-01-15"), day("2026-02-01")),
                new FactRanges.Range('M', day("2026-02-01"), day("2026-07-01")),
                new FactRanges.Range('D', day("2026-07-01"), day("2026-07-04")));
    }

    @Test
    void aStretchOfWholeMonthsIsMonthlyRowsOnly() {
        assertThat(FactRanges.of(day("2026-01-01"), day("2027-01-01")))
                .containsExactly(new FactRanges.Range('M', day("2026-01-01"), day("2027-01-01")));
    }

    @Test
    void aStretchWithinAMonthOrAcrossTwoWithoutAWholeOneIsDailyRows() {
        assertThat(FactRanges.of(day("2026-03-05"), day("2026-03-20")))
                .containsExactly(new FactRanges.Range('D', day("2026-03-05"), day("2026-03-20")));
        assertThat(FactRanges.of(day("2026-03-20"), day("2026-04-10")))
                .containsExactly(new FactRanges.Range('D', day("2026-03-20"), day("2026-04-10")));
        assertThat(FactRanges.of(day("2026-03-01"), day("2026-03-31")))
                .containsExactly(new FactRanges.Range('D', day("2026-03-01"), day("2026-03-31")));
        assertThat(FactRanges.of(day("2026-03-05"), day("2026-03-05"))).isEmpty();
    }

    @Test
    void everythingBeforeADayIsTheMonthsBeforeItsMonthAndItsMonthsDaysBeforeIt() {
        assertThat(FactRanges.before(day("2026-03-05"))).containsExactly(
                new FactRanges.Range('M', null, day("2026-03-01")),
                new FactRanges.Range('D', day("2026-03-01"), day("2026-03-05")));
        assertThat(FactRanges.before(day("2026-03-01")))
                .containsExactly(new FactRanges.Range('M', null, day("2026-03-01")));
        assertThat(FactRanges.before(day("2026-03-01")).get(0).fromText()).isEqualTo("-infinity");
    }
}
