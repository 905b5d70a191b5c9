package vn.motcua.dossier.forms;

import static vn.motcua.dossier.forms.FormPage.DESK;
import static vn.motcua.dossier.forms.FormPage.STRONG;
import static vn.motcua.dossier.forms.FormPage.TEXT;
import static vn.motcua.dossier.forms.FormPage.TITLE;
import static vn.motcua.dossier.forms.FormPage.centred;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A one-page letter to the applicant about their dossier, as forms 02 to 05 of Circular 03/2025/TT-VPCP are: the
 * unit's heading, the title, the receipt code, lines of text, the tracking QR code and the signatures. On A5, like
 * the receipt slip. Pure: content in, PDF bytes out.
 *
 * @param secret the lookup secret the tracking link carries, or null when the desk did not give it
 */
record Notice(String unitName, String title, String receiptCode, OffsetDateTime dated, List<Line> lines,
        String trackingUrl, String secret, List<String> signers) {

    /** How a line is set: plain, bold, or an indented item of a list. */
    enum Style {
        TEXT, STRONG, ITEM
    }

    record Line(Style style, String text) {
        static Line text(String text) {
            return new Line(Style.TEXT, text);
        }

        static Line strong(String text) {
            return new Line(Style.STRONG, text);
        }

        static Line item(String text) {
            return new Line(Style.ITEM, text);
        }
    }

    /** Below the QR code when the link has no secret: the tracking page asks for the one on the receipt slip. */
    static final String SECRET_ON_RECEIPT = "Nhập mã tra cứu in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả";

    byte[] render() {
        return FormPage.render(PageSize.A5, title + " " + receiptCode, document -> {
            document.add(FormPage.heading(unitName, DESK, dated, new float[] {45, 55}));
            document.add(centred(title, TITLE, 10, 2));
            document.add(centred("Mã hồ sơ: " + receiptCode, STRONG, 0, 8));
            for (Line line : lines) {
                Paragraph paragraph = FormPage.line(line.text(), line.style() == Style.STRONG ? STRONG : TEXT);
                if (line.style() == Style.ITEM) {
                    paragraph.setIndentationLeft(12);
                }
                document.add(paragraph);
            }
            PdfPTable end = new PdfPTable(new float[] {40, 60});
            end.setWidthPercentage(100);
            end.setSpacingBefore(8);
            end.addCell(FormPage.qr(trackingUrl, "Tra cứu tình trạng hồ sơ",
                    secret == null ? SECRET_ON_RECEIPT : "Mã tra cứu: " + secret));
            PdfPCell signing = new PdfPCell(FormPage.signatures(signers));
            signing.setBorder(Rectangle.NO_BORDER);
            end.addCell(signing);
            document.add(end);
        });
    }
}
