package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DAY;
import static vn.motcua.dossier.forms.FormPage.DESK;
import static vn.motcua.dossier.forms.FormPage.SMALL;
import static vn.motcua.dossier.forms.FormPage.STRONG;
import static vn.motcua.dossier.forms.FormPage.TEXT;
import static vn.motcua.dossier.forms.FormPage.TIME;
import static vn.motcua.dossier.forms.FormPage.TITLE;
import static vn.motcua.dossier.forms.FormPage.centred;
import static vn.motcua.dossier.forms.FormPage.line;
import static vn.motcua.dossier.forms.FormPage.orDash;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.dossier.core.DossierDocument;

/**
 * Form 01 of Circular 03/2025/TT-VPCP (Phụ lục I, "Mẫu Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), on A5, in
 * Vietnamese, with two QR codes: tracking (receipt code and lookup secret) and the satisfaction survey. The
 * annex's own text could not be read here (only its list of forms, second-hand): the wording and layout are those
 * of form 01 of Circular 01/2018/TT-VPCP, which the 2025 form keeps by title, with the desk named "Bộ phận Một
 * cửa" as Decree 118/2025/NĐ-CP names it. Pure: content in, PDF bytes out.
 */
public final class ReceiptSlip {

    /** In place of the survey QR code on a reissued slip. */
    static final String NO_SURVEY_CODE = "Đánh giá mức độ hài lòng: quét mã trên giấy tiếp nhận đầu tiên, "
            + "hoặc tại ki-ốt của " + DESK;

    /** What the slip says; the applicant's data is theirs to read, this is their own paper. */
    public record Content(String unitName, String receiptCode, boolean organisation, String applicantName,
            String citizenIdOrTaxCode, String phone, String email, String address, String procedureCode,
            String procedureName, List<DossierDocument> documents, int processingWorkingDays,
            OffsetDateTime receivedAt, OffsetDateTime dueAt, String lookupSecret, String trackingUrl,
            String surveyUrl) {
    }

    private ReceiptSlip() {
    }

    public static byte[] render(Content slip) {
        return FormPage.render(PageSize.A5, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + slip.receiptCode(),
                document -> {
                    document.add(FormPage.heading(slip.unitName(), DESK, slip.receivedAt(), new float[] {45, 55}));
                    document.add(centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", TITLE, 10, 2));
                    document.add(centred("Mã hồ sơ: " + slip.receiptCode(), STRONG, 0, 8));

                    document.add(line(DESK + " " + slip.unitName() + " tiếp nhận hồ sơ của:", TEXT));
                    document.add(line((slip.organisation() ? "Tổ chức: " : "Ông/Bà: ") + slip.applicantName(),
                            STRONG));
                    document.add(line((slip.organisation() ? "Mã số thuế: " : "Số định danh cá nhân (CCCD): ")
                            + orDash(slip.citizenIdOrTaxCode()), TEXT));
                    document.add(line("Số điện thoại: " + orDash(slip.phone()) + "    Email: " + orDash(slip.email()),
                            TEXT));
                    document.add(line("Địa chỉ: " + orDash(slip.address()), TEXT));
                    document.add(line("Nội dung yêu cầu giải quyết: " + slip.procedureName() + " (mã thủ tục "
                            + slip.procedureCode() + ")", TEXT));

                    document.add(line("1. Thành phần hồ sơ nộp gồm:", TEXT));
                    document.add(documents(slip.documents()));
                    document.add(line("2. Số lượng hồ sơ: 01 (bộ)", TEXT));
                    document.add(line("3. Thời gian giải quyết hồ sơ theo quy định: " + slip.processingWorkingDays()
                            + " ngày làm việc", TEXT));
                    document.add(line("4. Thời gian nhận hồ sơ: " + FormPage.format(TIME, slip.receivedAt()), TEXT));
                    document.add(line("5. Thời gian trả kết quả giải quyết hồ sơ: "
                            + FormPage.format(TIME, slip.dueAt()), STRONG));
                    document.add(line("Ngày hẹn trả kết quả: " + FormPage.format(DAY, slip.dueAt()), TEXT));

                    document.add(codes(slip));
                    document.add(FormPage.signatures(List.of("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ")));
                });
    }

    private static PdfPTable documents(List<DossierDocument> documents) {
        PdfPTable table = FormPage.table(new float[] {8, 62, 15, 15},
                List.of("STT", "Tên giấy tờ", "Bản chính", "Bản sao"), SMALL);
        int number = 1;
        for (DossierDocument document : documents) {
            table.addCell(FormPage.boxed(new Phrase(Integer.toString(number++), SMALL), Element.ALIGN_CENTER));
            table.addCell(FormPage.boxed(new Phrase(document.component(), SMALL), Element.ALIGN_LEFT));
            table.addCell(FormPage.boxed(new Phrase(Integer.toString(document.originals()), SMALL),
                    Element.ALIGN_CENTER));
            table.addCell(FormPage.boxed(new Phrase(Integer.toString(document.copies()), SMALL),
                    Element.ALIGN_CENTER));
        }
        return table;
    }

    /**
     * Tracking on the left (with the secret spelled out for typing), the survey on the right when its token is known
     * (a reissued slip has none; the kiosk of the desk takes anonymous answers).
     */
    private static PdfPTable codes(Content slip) {
        PdfPTable codes = new PdfPTable(2);
        codes.setWidthPercentage(100);
        codes.setSpacingBefore(6);
        codes.addCell(FormPage.qr(slip.trackingUrl(), "Tra cứu tình trạng hồ sơ",
                "Mã tra cứu: " + slip.lookupSecret()));
        codes.addCell(slip.surveyUrl() == null
                ? FormPage.plain(new Phrase(NO_SURVEY_CODE, SMALL), Element.ALIGN_CENTER)
                : FormPage.qr(slip.surveyUrl(), "Đánh giá mức độ hài lòng", "Quét mã sau khi nhận kết quả"));
        return codes;
    }
}
