package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void wellFormedRangesAreKept() {
        assertThat(AcceptLanguage.wellFormed("vi-VN,vi;q=0.9,en;q=0.8")).contains("vi-VN, vi;q=0.9, en;q=0.8");
        assertThat(AcceptLanguage.wellFormed("*")).contains("*");
        assertThat(AcceptLanguage.wellFormed("en ; Q=1.000")).contains("en ; Q=1.000");
    }

    @Test
    void malformedRangesAreDroppedAndAHeaderWithNoneLeftMeansTheDefault() {
        assertThat(AcceptLanguage.wellFormed("en;q=abc, vi")).contains("vi");
        assertThat(AcceptLanguage.wellFormed("en;q=abc")).isEqualTo(Optional.empty());
        assertThat(AcceptLanguage.wellFormed("vi;q=1.5, en;q=0.0001, fr;level=1, ;q=1, ,")).isEmpty();
        assertThat(AcceptLanguage.wellFormed("toolonglanguage")).isEmpty();
    }
}
