package vn.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dossier register (form 07) as a spreadsheet laid out like the paper one: the unit, the title and the period
 * on top, the heading row and the row of column numbers (1)–(13), then one row per dossier. Times are real date
 * cells in Vietnam's local time (a spreadsheet has no offsets), the count a number, so the sheet can be sorted and
 * summed. Pure.
 */
final class RegisterSheet {

    /** Rows before the first dossier: unit, title, period, the analyst's note or nothing, headings, numbers. */
    static final int FIRST_ROW = 6;
    static final String SHEET_NAME = "Sổ theo dõi hồ sơ";

    private RegisterSheet() {
    }

    static byte[] write(DossierRegister register) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

            text(sheet.createRow(0), 0, register.unitName().toUpperCase(Locale.forLanguageTag("vi")), bold);
            text(sheet.createRow(1), 0, DossierRegister.TITLE_TEXT, bold);
            text(sheet.createRow(2), 0, "Từ ngày " + FormPage.DAY.format(register.from()) + " đến ngày "
                    + FormPage.DAY.format(register.to()), null);
            if (register.masked()) {
                text(sheet.createRow(3), 0, DossierRegister.MASKED_NOTE, null);
            }
            Row headings = sheet.createRow(FIRST_ROW - 2);
            Row numbers = sheet.createRow(FIRST_ROW - 1);
            for (int c = 0; c < DossierRegister.HEADINGS.size(); c++) {
                text(headings, c, DossierRegister.HEADINGS.get(c), bold);
                text(numbers, c, "(" + (c + 1) + ")", null);
                sheet.setColumnWidth(c, (c == 2 || c == 4 || c == 5 || c == 12 ? 30 : 18) * 256);
            }
            List<DossierRegister.Row> rows = register.rows();
            for (int r = 0; r < rows.size(); r++) {
                DossierRegister.Row dossier = rows.get(r);
                Row row = sheet.createRow(FIRST_ROW + r);
                row.createCell(0).setCellValue(r + 1);
                text(row, 1, dossier.receiptCode(), null);
                text(row, 2, dossier.procedureName(), null);
                row.createCell(3).setCellValue(1);
                text(row, 4, dossier.applicant(), null);
                text(row, 5, dossier.addressAndPhone(), null);
                text(row, 6, dossier.resolvingUnit(), null);
                int c = 7;
                for (OffsetDateTime at : dossier.times()) {
                    Cell cell = row.createCell(c++);
                    if (at != null) {
                        // to the second: a spreadsheet's date is a day fraction, and nobody registers milliseconds
                        cell.setCellValue(FormPage.inVietnam(at).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
                        cell.setCellStyle(time);
                    }
                }
                text(row, 12, dossier.note(), null);
            }
            sheet.createFreezePane(0, FIRST_ROW);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
