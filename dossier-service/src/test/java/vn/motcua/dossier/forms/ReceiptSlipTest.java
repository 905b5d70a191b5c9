package vn.motcua.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.core.DossierDocument;

class ReceiptSlipTest {

    private static ReceiptSlip.Content organisation(List<DossierDocument> documents, String surveyUrl) {
        return new ReceiptSlip.Content("UBND phường Bến Nghé", "000.21.20.H29-260105-0042", true,
                "Công ty TNHH Hạt Điều Bình Phước", "0312345678", null, null, "12 Nguyễn Huệ, phường Bến Nghé",
                "2.000635", "Đăng ký thành lập hộ kinh doanh", documents, 3,
                OffsetDateTime.parse("2026-01-05T01:30:00Z"), OffsetDateTime.parse("2026-01-08T10:00:00Z"),
                "K7M2-Q9XH-P4RT", "https://tracuu.example/api/v1/public/dossiers/000.21.20.H29-260105-0042?secret=K7M2-Q9XH-P4RT",
                surveyUrl);
    }

    @Test
    void anOrganisationIsNamedWithItsTaxCodeAndMissingContactsAreDashes() {
        SlipReader slip = SlipReader.read(ReceiptSlip.render(organisation(
                List.of(new DossierDocument("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0)),
                "https://khaosat.example/surveys/abc")));

        assertThat(slip.text()).contains("Tổ chức: Công ty TNHH Hạt Điều Bình Phước", "Mã số thuế: 0312345678",
                "Số điện thoại: — Email: —", "UBND PHƯỜNG BẾN NGHÉ",
                // times are printed in Vietnam (UTC+7) whatever offset they come with
                "Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05/01/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 08/01/2026",
                "Ngày 05 tháng 01 năm 2026")
                .doesNotContain("Ông/Bà", "CCCD");
        assertThat(slip.qrCodes()).containsExactlyInAnyOrder(
                "https://tracuu.example/api/v1/public/dossiers/000.21.20.H29-260105-0042?secret=K7M2-Q9XH-P4RT",
                "https://khaosat.example/surveys/abc");
    }

    @Test
    void aLongListOfDocumentsContinuesOnANewA5PageAndNothingIsLost() {
        List<DossierDocument> documents = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new DossierDocument("Giấy tờ số " + i, i % 3, i % 2)).toList();
        SlipReader slip = SlipReader.read(ReceiptSlip.render(organisation(documents, null)));

        assertThat(slip.pages()).hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page.getWidth()).isBetween(419f, 421f));
        for (int i = 1; i <= 40; i++) {
            assertThat(slip.text()).contains("Giấy tờ số " + i + " ");
        }
        // a dossier without a survey token gets only the tracking code
        assertThat(slip.qrCodes()).hasSize(1).allMatch(code -> code.startsWith("https://tracuu.example/"));
    }
}
