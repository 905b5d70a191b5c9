package vn.motcua.dossier.forms;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
import vn.motcua.qr.QrCodes;

/**
 * What every form of Circular 03/2025/TT-VPCP shares on paper: the page, the font, the heading (the unit on the
 * left, the national motto and the date on the right, as every administrative paper of Decree 30/2020/NĐ-CP
 * opens), centred titles, lines, boxed tables, the tracking QR code and the signature blocks. Set in Liberation
 * Sans, which ships inside the OpenPDF jar and has every Vietnamese glyph, embedded as a subset.
 */
final class FormPage {

    /** Liberation Sans (SIL Open Font License), a class-path resource of the OpenPDF jar. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    /** Parsed once: a BaseFont is shared by documents, each writer embeds its own subset. */
    private static final BaseFont BASE_FONT = font();
    static final Font SMALL = new Font(BASE_FONT, 8);
    static final Font TINY = new Font(BASE_FONT, 7);
    static final Font TEXT = new Font(BASE_FONT, 9);
    static final Font STRONG = new Font(BASE_FONT, 9, Font.BOLD);
    static final Font TITLE = new Font(BASE_FONT, 11.5f, Font.BOLD);

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** The national motto every form opens with. */
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** Decree 118/2025/NĐ-CP names the desk "Bộ phận Một cửa" (it was "Bộ phận tiếp nhận và trả kết quả" in 2018). */
    static final String DESK = "Bộ phận Một cửa";

    private static final int QR_PIXELS = 300;
    private static final float QR_POINTS = 78f;
    /** Room for a signature and a name under each heading. */
    private static final float SIGNATURE_SPACE = 60f;

    /** Lays out a form's body on an open document. */
    @FunctionalInterface
    interface Body {
        void write(Document document) throws DocumentException;
    }

    private FormPage() {
    }

    /** A PDF of {@code size} with metadata {@code title}, whose content {@code body} adds. */
    static byte[] render(Rectangle size, String title, Body body) {
        Document document = new Document(size, 28, 28, 24, 24);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Motcua dossier-service");
            document.open();
            body.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + title, e);
        }
        return out.toByteArray();
    }

    /**
     * The unit (and below it {@code department}, e.g. the desk) on the left, the motto and the date on the right;
     * {@code widths} share the page between them.
     */
    static PdfPTable heading(String unitName, String department, OffsetDateTime dated, float[] widths) {
        PdfPTable header = new PdfPTable(widths);
        header.setWidthPercentage(100);
        String left = unitName.toUpperCase(Locale.forLanguageTag("vi"))
                + (department == null ? "" : "\n" + department.toUpperCase(Locale.forLanguageTag("vi")));
        header.addCell(plain(new Phrase(left, STRONG), Element.ALIGN_CENTER));
        Phrase motto = new Phrase();
        motto.add(new Chunk(NATION + "\n", STRONG));
        motto.add(new Chunk(MOTTO + "\n", STRONG));
        motto.add(new Chunk(dateLine(dated), TEXT));
        header.addCell(plain(motto, Element.ALIGN_CENTER));
        return header;
    }

    /** "Ngày 05 tháng 01 năm 2026", in Vietnam. */
    static String dateLine(OffsetDateTime at) {
        OffsetDateTime day = inVietnam(at);
        return "Ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
                + String.format("%02d", day.getMonthValue()) + " năm " + day.getYear();
    }

    /** The tracking QR code with a caption above and a line below, for one cell of a table. */
    static PdfPCell qr(String url, String caption, String below) {
        try {
            Image image = Image.getInstance(QrCodes.png(url, QR_PIXELS));
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            image.setAlignment(Element.ALIGN_CENTER);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.addElement(centred(caption, STRONG, 0, 3));
            cell.addElement(image);
            cell.addElement(centred(below, SMALL, 0, 0));
            return cell;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot place a QR code", e);
        }
    }

    /** One signature block per name, side by side, each "(Ký và ghi rõ họ tên)". */
    static PdfPTable signatures(List<String> signers) {
        PdfPTable signatures = new PdfPTable(signers.size());
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(6);
        for (String who : signers) {
            Phrase phrase = new Phrase();
            phrase.add(new Chunk(who + "\n", TEXT));
            phrase.add(new Chunk("(Ký và ghi rõ họ tên)", SMALL));
            PdfPCell cell = plain(phrase, Element.ALIGN_CENTER);
            cell.setMinimumHeight(SIGNATURE_SPACE);
            signatures.addCell(cell);
        }
        return signatures;
    }

    /** A table of {@code widths} whose first row, {@code headings}, repeats on every page. */
    static PdfPTable table(float[] widths, List<String> headings, Font font) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        for (String heading : headings) {
            table.addCell(boxed(new Phrase(heading, font), Element.ALIGN_CENTER));
        }
        return table;
    }

    static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    static PdfPCell boxed(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    static Paragraph line(String words, Font font) {
        Paragraph paragraph = new Paragraph(new Chunk(words, font));
        paragraph.setSpacingAfter(1.5f);
        return paragraph;
    }

    static Paragraph centred(String words, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(new Chunk(words, font));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    static OffsetDateTime inVietnam(OffsetDateTime at) {
        return at.atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toOffsetDateTime();
    }

    /** {@code at} in Vietnam by {@code format}, or empty when there is no such time. */
    static String format(DateTimeFormatter format, OffsetDateTime at) {
        return at == null ? "" : format.format(inVietnam(at));
    }

    static String orDash(String value) {
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
