package vn.motcua.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void oneDecimalRoundedHalfUp() {
        assertThat(Percentages.of(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(Percentages.of(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(Percentages.of(1, 16)).isEqualByComparingTo(new BigDecimal("6.3"));
        assertThat(Percentages.of(3, 3)).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(Percentages.of(0, 0)).isNull();
    }
}
