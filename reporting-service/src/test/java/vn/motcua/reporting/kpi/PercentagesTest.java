package vn.motcua.reporting.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void oneDecimalRoundedHalfUp() {
        assertThat(Percentages.of(1, 3)).hasToString("33.3");
        assertThat(Percentages.of(2, 3)).hasToString("66.7");
        assertThat(Percentages.of(1, 8)).hasToString("12.5");
        assertThat(Percentages.of(1, 16)).hasToString("6.3"); // 6.25 rounds up
        assertThat(Percentages.of(5, 5)).hasToString("100.0");
        assertThat(Percentages.of(0, 7)).hasToString("0.0");
    }

    @Test
    void noRateWithoutAWhole() {
        assertThat(Percentages.of(0, 0)).isNull();
    }
}
