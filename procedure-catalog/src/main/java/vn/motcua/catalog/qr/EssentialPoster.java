package vn.motcua.catalog.qr;

import vn.motcua.qr.QrCodes;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The printable A4 poster of a unit's essential procedures: for each, its code, name and a QR code of its public
 * page. Text is in Vietnamese, set in Liberation Sans (shipped inside the OpenPDF jar, with every Vietnamese glyph),
 * embedded as a subset so any viewer or printer shows it. Pure: data in, PDF bytes out.
 */
public final class EssentialPoster {

    /** Liberation Sans (SIL Open Font License), a resource of the OpenPDF jar. */
    static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QR_PIXELS = 300;
    private static final float QR_POINTS = 84f;

    /** One line of the poster. */
    public record Entry(String code, String name, String url) {
    }

    private EssentialPoster() {
    }

    public static byte[] render(String unitName, String unitCode, LocalDate date, List<Entry> entries) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.NORMAL, Color.BLACK);
        Font heading = new Font(base, 12, Font.NORMAL, new Color(0x1f, 0x3a, 0x68));
        Font text = new Font(base, 10.5f);
        Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);

        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Thủ tục hành chính thiết yếu - " + unitName);
            document.addCreator("Motcua procedure-catalog");
            document.open();

            document.add(centered("DANH MỤC THỦ TỤC HÀNH CHÍNH THIẾT YẾU", title, 4));
            document.add(centered(unitName + " (" + unitCode + ")", heading, 4));
            document.add(centered("Áp dụng tại ngày " + VIETNAMESE_DATE.format(date)
                    + " · Quét mã QR để xem hồ sơ, thời hạn, phí và nộp trực tuyến", small, 12));

            if (entries.isEmpty()) {
                document.add(centered("Đơn vị chưa có thủ tục hành chính thiết yếu.", text, 0));
            } else {
                document.add(table(entries, text, small));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the poster", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(List<Entry> entries, Font text, Font small) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {6, 17, 53, 24});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Color headerBackground = new Color(0xe8, 0xee, 0xf7);
        for (String header : List.of("STT", "Mã thủ tục", "Tên thủ tục", "Mã QR")) {
            PdfPCell cell = cell(new Phrase(header, small), Element.ALIGN_CENTER);
            cell.setBackgroundColor(headerBackground);
            table.addCell(cell);
        }
        int number = 1;
        for (Entry entry : entries) {
            table.addCell(cell(new Phrase(Integer.toString(number++), text), Element.ALIGN_CENTER));
            table.addCell(cell(new Phrase(entry.code(), text), Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(entry.name(), text), Element.ALIGN_LEFT));
            table.addCell(qrCell(entry.url()));
        }
        return table;
    }

    private static PdfPCell qrCell(String url) {
        try {
            Image image = Image.getInstance(QrCodes.png(url, QR_PIXELS));
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            return cell;
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot place a QR code", e);
        }
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(5);
        return cell;
    }

    private static Paragraph centered(String line, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(new Chunk(line, font));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static BaseFont font() {
        try (InputStream in = EssentialPoster.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is not on the class path (it ships in the OpenPDF jar)");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load " + FONT, e);
        }
    }
}
