package vn.motcua.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void namesBecomeInitialsWithAtMostThreeStarsPerWord() {
        assertThat(Masking.name("Nguyễn Văn An")).isEqualTo("N*** V** A");
        assertThat(Masking.name("  Đỗ   Thị Ánh ")).isEqualTo("Đ* T** Á");
        assertThat(Masking.name("Công ty TNHH Hoa Sen")).isEqualTo("C*** t* T*** H** S");
        assertThat(Masking.name("Lan")).isEqualTo("L");
    }

    @Test
    void numbersKeepOnlyTheirLastThreeDigits() {
        assertThat(Masking.digits("001090012345")).isEqualTo("*********345");
        assertThat(Masking.digits("0101234567-001")).isEqualTo("**********-001");
        assertThat(Masking.digits("0912345678")).isEqualTo("*******678");
        assertThat(Masking.digits("12")).isEqualTo("12");
        assertThat(Masking.digits(null)).isNull();
    }

    @Test
    void emailsKeepTheirFirstCharacterAndDomain() {
        assertThat(Masking.email("an.nguyen@example.vn")).isEqualTo("a***@example.vn");
        assertThat(Masking.email("broken")).isEqualTo("***");
    }

    @Test
    void theAddressIsRemoved() {
        DossierView.Applicant masked = Masking.applicant(new DossierView.Applicant(ApplicantType.CITIZEN,
                "Trần Bình", "001090012345", null, "0912345678", "b@x.vn", "Số 5, thôn Đông"));
        assertThat(masked).isEqualTo(new DossierView.Applicant(ApplicantType.CITIZEN, "T*** B", "*********345", null,
                "*******678", "b***@x.vn", null));
    }
}
