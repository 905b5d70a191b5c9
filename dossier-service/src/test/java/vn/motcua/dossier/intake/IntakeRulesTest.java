package vn.motcua.dossier.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"001090012345", "079203001234", "096185123456", "048300000001"})
    void plausibleCitizenIds(String id) {
        assertThat(IntakeRules.plausibleCitizenId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00109001234", "0010900123456", "00109001234X", "000090012345", "003090012345",
            "097090012345", "001490012345", "001990012345", "123456789012"})
    void implausibleCitizenIds(String id) {
        assertThat(IntakeRules.plausibleCitizenId(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0101234567,true", "0101234567-001,true", "010123456,false", "01012345678,false",
            "0101234567-01,false", "0101234567001,false", "01012345AB,false"})
    void taxCodes(String code, boolean valid) {
        assertThat(IntakeRules.taxCode(code)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0912345678|0912345678", "091 234 5678|0912345678", "+84912345678|0912345678",
            "84 912 345 678|0912345678", "0386.123.456|0386123456", "(024) 3825 1234|02438251234",
            "02033123456|02033123456", "+84 24 3825 1234|02438251234"})
    void vietnamesePhoneNumbersAreNormalised(String phone, String normalised) {
        assertThat(IntakeRules.normalisePhone(phone)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0112345678", "0612345678", "091234567", "09123456789", "024382512",
            "+1 212 555 0100", "abc"})
    void notVietnamesePhoneNumbers(String phone) {
        assertThat(IntakeRules.normalisePhone(phone)).isNull();
    }
}
