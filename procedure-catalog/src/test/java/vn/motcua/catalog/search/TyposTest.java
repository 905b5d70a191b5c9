package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {

    @Test
    void oneEditOfAnyKindIsOneTypo() {
        assertThat(Typos.distance("sinh", "sinh")).isZero();
        assertThat(Typos.distance("sihn", "sinh")).isEqualTo(1); // neighbours swapped
        assertThat(Typos.distance("snh", "sinh")).isEqualTo(1); // a letter missing
        assertThat(Typos.distance("siinh", "sinh")).isEqualTo(1); // a letter too many
        assertThat(Typos.distance("ki", "ky")).isEqualTo(1); // a letter wrong
    }

    @Test
    void moreThanOneEditOrAOneLetterWordIsTooFar() {
        assertThat(Typos.distance("snhi", "sinh")).isEqualTo(Typos.TOO_FAR);
        assertThat(Typos.distance("sin", "sinhh")).isEqualTo(Typos.TOO_FAR);
        assertThat(Typos.distance("a", "o")).isEqualTo(Typos.TOO_FAR);
        assertThat(Typos.distance("a", "a")).isZero();
    }

    @Test
    void anUnfinishedLastWordMatchesTheStartOfAWord() {
        assertThat(Typos.prefixDistance("si", "sinh")).isZero();
        assertThat(Typos.prefixDistance("sni", "sinh")).isEqualTo(1);
        assertThat(Typos.prefixDistance("xay", "xac")).isEqualTo(1);
        assertThat(Typos.prefixDistance("zz", "sinh")).isEqualTo(Typos.TOO_FAR);
    }
}
