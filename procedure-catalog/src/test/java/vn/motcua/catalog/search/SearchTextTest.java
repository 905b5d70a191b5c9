package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void lowerCaseWithoutDiacriticsAndOneSpaceBetweenWords() {
        assertThat(SearchText.of("Đăng ký KHAI-SINH (có yếu tố nước ngoài)"))
                .isEqualTo(" dang ky khai sinh co yeu to nuoc ngoai");
        assertThat(SearchText.of("Thủ tục 1.001193 — ưu đãi, Ơn")).isEqualTo(" thu tuc 1 001193 uu dai on");
        assertThat(SearchText.of("!!!")).isEqualTo(" ");
    }

    @Test
    void decomposedInputGivesTheSameText() {
        String decomposed = Normalizer.normalize("Hộ tịch Đất đai", Normalizer.Form.NFD);
        assertThat(SearchText.of(decomposed)).isEqualTo(SearchText.of("Hộ tịch Đất đai")).isEqualTo(" ho tich dat dai");
    }

    @Test
    void wordsOfANormalisedText() {
        assertThat(SearchText.words(" ho tich")).containsExactly("ho", "tich");
        assertThat(SearchText.words(" ")).isEmpty();
    }
}
