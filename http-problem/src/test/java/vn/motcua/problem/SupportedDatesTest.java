package vn.motcua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SupportedDatesTest {

    @Test
    void bothEndsAreIncludedAndTheDaysBeyondThemAreNot() {
        assertThat(SupportedDates.contains(LocalDate.parse("1900-01-01"))).isTrue();
        assertThat(SupportedDates.contains(LocalDate.parse("2999-12-31"))).isTrue();
        assertThat(SupportedDates.contains(LocalDate.parse("1899-12-31"))).isFalse();
        assertThat(SupportedDates.contains(LocalDate.parse("3000-01-01"))).isFalse();
        assertThat(SupportedDates.contains(LocalDate.MIN)).isFalse();
        assertThat(SupportedDates.contains(LocalDate.parse("+10000-01-01"))).isFalse();
        assertThat(SupportedDates.contains(LocalDate.parse("9999-12-31"))).isFalse();
        assertThat(SupportedDates.MESSAGE).contains(SupportedDates.RANGE).contains(SupportedDates.FIRST.toString())
                .contains(SupportedDates.LAST.toString());
    }

    @Test
    void aTimeCountsByTheDateItNames() {
        assertThat(SupportedDates.contains(OffsetDateTime.parse("2999-12-31T23:59:59+07:00"))).isTrue();
        assertThat(SupportedDates.contains(OffsetDateTime.parse("3000-01-01T00:00:00+14:00"))).isFalse();
        assertThat(SupportedDates.contains(OffsetDateTime.parse("1899-12-31T23:00:00-12:00"))).isFalse();
    }
}
