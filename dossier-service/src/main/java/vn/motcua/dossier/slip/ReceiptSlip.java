package vn.motcua.dossier.slip;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.DossierDocument;
import vn.motcua.qr.QrCodes;

/**
 * The receipt-and-appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) in the shape of form 01 of Circular
 * 01/2018/TT-VPCP, on A5, in Vietnamese, with two QR codes: tracking (receipt code and lookup secret) and the
 * satisfaction survey. Set in Liberation Sans, which ships inside the OpenPDF jar and has every Vietnamese glyph,
 * embedded as a subset. Pure: content in, PDF bytes out.
 */
public final class ReceiptSlip {

    /** Liberation Sans (SIL Open Font License), a class-path resource of the OpenPDF jar. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    /** Parsed once: a BaseFont is shared by documents, each writer embeds its own subset. */
    private static final BaseFont BASE_FONT = font();
    private static final int QR_PIXELS = 300;
    private static final float QR_POINTS = 78f;
    /** In place of the survey QR code on a reissued slip. */
    static final String NO_SURVEY_CODE = "Đánh giá mức độ hài lòng: quét mã trên giấy tiếp nhận đầu tiên, "
            + "hoặc tại ki-ốt của Bộ phận tiếp nhận và trả kết quả";
    /** Room for a signature and a name under each heading. */
    private static final float SIGNATURE_SPACE = 60f;

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
        BaseFont base = BASE_FONT;
        Font small = new Font(base, 8);
        Font text = new Font(base, 9);
        Font strong = new Font(base, 9, Font.BOLD);
        Font title = new Font(base, 11.5f, Font.BOLD);

        Document document = new Document(PageSize.A5, 28, 28, 24, 24);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + slip.receiptCode());
            document.addCreator("Motcua dossier-service");
            document.open();

            document.add(header(slip, text, strong));
            document.add(centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", title, 10, 2));
            document.add(centred("Mã hồ sơ: " + slip.receiptCode(), strong, 0, 8));

            document.add(line("Bộ phận tiếp nhận và trả kết quả " + slip.unitName() + " tiếp nhận hồ sơ của:", text));
            document.add(line((slip.organisation() ? "Tổ chức: " : "Ông/Bà: ") + slip.applicantName(), strong));
            document.add(line((slip.organisation() ? "Mã số thuế: " : "Số định danh cá nhân (CCCD): ")
                    + orDash(slip.citizenIdOrTaxCode()), text));
            document.add(line("Số điện thoại: " + orDash(slip.phone()) + "    Email: " + orDash(slip.email()), text));
            document.add(line("Địa chỉ: " + orDash(slip.address()), text));
            document.add(line("Nội dung yêu cầu giải quyết: " + slip.procedureName() + " (mã thủ tục "
                    + slip.procedureCode() + ")", text));

            document.add(line("1. Thành phần hồ sơ nộp gồm:", text));
            document.add(documents(slip.documents(), small));
            document.add(line("2. Số lượng hồ sơ: 01 (bộ)", text));
            document.add(line("3. Thời gian giải quyết hồ sơ theo quy định: " + slip.processingWorkingDays()
                    + " ngày làm việc", text));
            document.add(line("4. Thời gian nhận hồ sơ: " + TIME.format(inVietnam(slip.receivedAt())), text));
            document.add(line("5. Thời gian trả kết quả giải quyết hồ sơ: " + TIME.format(inVietnam(slip.dueAt())),
                    strong));
            document.add(line("Ngày hẹn trả kết quả: " + DAY.format(inVietnam(slip.dueAt())), text));

            document.add(codes(slip, small, strong));
            document.add(signatures(text, small));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the receipt slip", e);
        }
        return out.toByteArray();
    }

    /** Unit on the left, the national motto on the right, as every administrative paper opens. */
    private static PdfPTable header(Content slip, Font text, Font strong) {
        PdfPTable header = new PdfPTable(new float[] {45, 55});
        header.setWidthPercentage(100);
        header.addCell(plain(new Phrase(slip.unitName().toUpperCase(Locale.forLanguageTag("vi")) + "\n"
                + "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", strong), Element.ALIGN_CENTER));
        Phrase motto = new Phrase();
        motto.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", strong));
        motto.add(new Chunk("Độc lập - Tự do - Hạnh phúc\n", strong));
        OffsetDateTime received = inVietnam(slip.receivedAt());
        motto.add(new Chunk("Ngày " + String.format("%02d", received.getDayOfMonth()) + " tháng "
                + String.format("%02d", received.getMonthValue()) + " năm " + received.getYear(), text));
        header.addCell(plain(motto, Element.ALIGN_CENTER));
        return header;
    }

    private static PdfPTable documents(List<DossierDocument> documents, Font font) {
        PdfPTable table = new PdfPTable(new float[] {8, 62, 15, 15});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        for (String heading : List.of("STT", "Tên giấy tờ", "Bản chính", "Bản sao")) {
            table.addCell(boxed(new Phrase(heading, font), Element.ALIGN_CENTER));
        }
        int number = 1;
        for (DossierDocument document : documents) {
            table.addCell(boxed(new Phrase(Integer.toString(number++), font), Element.ALIGN_CENTER));
            table.addCell(boxed(new Phrase(document.component(), font), Element.ALIGN_LEFT));
            table.addCell(boxed(new Phrase(Integer.toString(document.originals()), font), Element.ALIGN_CENTER));
            table.addCell(boxed(new Phrase(Integer.toString(document.copies()), font), Element.ALIGN_CENTER));
        }
        return table;
    }

    /**
     * Tracking on the left (with the secret spelled out for typing), the survey on the right when its token is known
     * (a reissued slip has none; the kiosk of the desk takes anonymous answers).
     */
    private static PdfPTable codes(Content slip, Font small, Font strong) {
        PdfPTable codes = new PdfPTable(2);
        codes.setWidthPercentage(100);
        codes.setSpacingBefore(6);
        codes.addCell(qr(slip.trackingUrl(), "Tra cứu tình trạng hồ sơ", "Mã tra cứu: " + slip.lookupSecret(),
                small, strong));
        codes.addCell(slip.surveyUrl() == null
                ? plain(new Phrase(NO_SURVEY_CODE, small), Element.ALIGN_CENTER)
                : qr(slip.surveyUrl(), "Đánh giá mức độ hài lòng", "Quét mã sau khi nhận kết quả", small, strong));
        return codes;
    }

    private static PdfPCell qr(String url, String caption, String below, Font small, Font strong) {
        try {
            Image image = Image.getInstance(QrCodes.png(url, QR_PIXELS));
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            image.setAlignment(Element.ALIGN_CENTER);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.addElement(centred(caption, strong, 0, 3));
            cell.addElement(image);
            cell.addElement(centred(below, small, 0, 0));
            return cell;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot place a QR code", e);
        }
    }

    private static PdfPTable signatures(Font text, Font small) {
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(6);
        for (String who : List.of("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ")) {
            Phrase phrase = new Phrase();
            phrase.add(new Chunk(who + "\n", text));
            phrase.add(new Chunk("(Ký và ghi rõ họ tên)", small));
            PdfPCell cell = plain(phrase, Element.ALIGN_CENTER);
            cell.setMinimumHeight(SIGNATURE_SPACE);
            signatures.addCell(cell);
        }
        return signatures;
    }

    private static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell boxed(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph line(String words, Font font) {
        Paragraph paragraph = new Paragraph(new Chunk(words, font));
        paragraph.setSpacingAfter(1.5f);
        return paragraph;
    }

    private static Paragraph centred(String words, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(new Chunk(words, font));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static OffsetDateTime inVietnam(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static BaseFont font() {
        try {
            // BaseFont finds a name that is not a file among the class-path resources
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load " + FONT + " (it ships in the OpenPDF jar)", e);
        }
    }
}
