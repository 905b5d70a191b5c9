package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expected values as PostgreSQL's avg and percentile_cont give them over the single values. */
class WorkingDayHistogramTest {

    @Test
    void withoutDossiersThereIsNoFigure() {
        WorkingDayHistogram empty = new WorkingDayHistogram();
        empty.add(4, 0);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.mean()).isNull();
        assertThat(empty.percentile(0.5)).isNull();
    }

    @Test
    void percentilesInterpolateBetweenTheTwoNearestDossiers() {
        // values 1, 2, 2, 3, 10: median = 2; p90 at position 3.6 between 3 and 10 = 3 + 0.6 × 7 = 7.2
        WorkingDayHistogram histogram = new WorkingDayHistogram();
        histogram.add(2, 2);
        histogram.add(10, 1);
        histogram.add(1, 1);
        histogram.add(3, 1);
        assertThat(histogram.percentile(0.5)).isEqualTo(2.0);
        assertThat(histogram.percentile(0.9)).isEqualTo(3 + (10 - 3) * (0.9 * 4 - 3));
        assertThat(histogram.mean()).isEqualByComparingTo(new BigDecimal("3.6"));
    }

    @Test
    void anEvenCountHasTheMedianHalfwayAndOneDossierIsEveryPercentile() {
        WorkingDayHistogram histogram = new WorkingDayHistogram();
        histogram.add(3, 1);
        histogram.add(6, 1);
        assertThat(histogram.percentile(0.5)).isEqualTo(4.5);
        WorkingDayHistogram one = new WorkingDayHistogram();
        one.add(7, 1);
        assertThat(one.percentile(0.9)).isEqualTo(7.0);
        assertThat(one.mean()).isEqualByComparingTo("7");
    }

    @Test
    void theMeanIsExactToSixteenDigits() {
        WorkingDayHistogram histogram = new WorkingDayHistogram();
        histogram.add(1, 2);
        histogram.add(2, 1);
        assertThat(histogram.mean()).isEqualByComparingTo(new BigDecimal("1.333333333333333"));
    }
}
