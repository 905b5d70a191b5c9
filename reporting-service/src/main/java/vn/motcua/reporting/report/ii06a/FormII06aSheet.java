package vn.motcua.reporting.report.ii06a;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.reporting.report.export.Workbooks;

/**
 * Form II.06a as a workbook laid out as the printed form: the form number, title, reporting and receiving unit and
 * period above; the three-row heading (received, resolved, in progress and their columns) with the column numbers
 * (1)–(13); one row per field; the total row. Pure.
 */
final class FormII06aSheet {

    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP "
            + "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final String NO_FIELD = "Chưa xác định lĩnh vực";
    static final String TOTAL = "Tổng cộng";
    /** The first row of figures (0-based): below the heading and the row of column numbers. */
    static final int FIRST_DATA_ROW = 9;
    private static final int COLUMNS = 13;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormII06aSheet() {
    }

    static byte[] write(FormII06a form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("II.06a");
            CellStyle bold = Workbooks.bold(workbook);
            CellStyle heading = boxed(Workbooks.bold(workbook), HorizontalAlignment.CENTER);
            CellStyle box = boxed(workbook.createCellStyle(), HorizontalAlignment.RIGHT);
            CellStyle text = boxed(workbook.createCellStyle(), HorizontalAlignment.LEFT);
            CellStyle totalBox = boxed(Workbooks.bold(workbook), HorizontalAlignment.RIGHT);
            CellStyle totalText = boxed(Workbooks.bold(workbook), HorizontalAlignment.LEFT);

            put(sheet, 0, 0, "Biểu số " + FormII06a.FORM, bold);
            put(sheet, 0, 2, TITLE, bold);
            merge(sheet, 0, 1, 2, 10);
            put(sheet, 0, 11, "- Đơn vị báo cáo: " + form.unitName() + " (" + form.unit() + ")", null);
            put(sheet, 1, 11, "- Đơn vị nhận báo cáo: ", null);
            put(sheet, 3, 2, "Kỳ báo cáo: từ ngày " + DATE.format(form.from()) + " đến ngày " + DATE.format(form.to())
                    + (form.includeSubUnits() ? ", gồm các đơn vị trực thuộc" : ""), bold);
            merge(sheet, 3, 3, 2, 10);
            put(sheet, 4, 11, "Đơn vị tính: Số hồ sơ TTHC.", null);

            headingRows(sheet, heading);
            for (int c = 0; c < COLUMNS; c++) {
                put(sheet, 8, c, "(" + (c + 1) + ")", heading);
            }
            int r = FIRST_DATA_ROW;
            for (FormII06a.Row row : form.rows()) {
                figures(sheet.createRow(r++), row.number(), row.fieldName() == null ? NO_FIELD : row.fieldName(),
                        row.figures(), box, text);
            }
            figures(sheet.createRow(r), null, TOTAL, form.totals(), totalBox, totalText);

            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            for (int c = 2; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, 13 * 256);
            }
            sheet.createFreezePane(2, FIRST_DATA_ROW);
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows 5–7 (0-based): the groups, their columns, and the two columns under "Trong đó". */
    private static void headingRows(Sheet sheet, CellStyle heading) {
        for (int r = 5; r <= 7; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                put(sheet, r, c, null, heading);
            }
        }
        put(sheet, 5, 0, "TT", heading);
        merge(sheet, 5, 7, 0, 0);
        put(sheet, 5, 1, "Lĩnh vực, công việc giải quyết theo cấp", heading);
        merge(sheet, 5, 7, 1, 1);
        put(sheet, 5, 2, "Số hồ sơ nhận giải quyết", heading);
        merge(sheet, 5, 5, 2, 5);
        put(sheet, 5, 6, "Số lượng hồ sơ đã giải quyết", heading);
        merge(sheet, 5, 5, 6, 9);
        put(sheet, 5, 10, "Số lượng hồ sơ đang giải quyết", heading);
        merge(sheet, 5, 5, 10, 12);
        String[] underGroups = {"Tổng số", null, null, "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn",
            "Tổng số", "Trong hạn", "Quá hạn"};
        for (int i = 0; i < underGroups.length; i++) {
            if (underGroups[i] != null) {
                put(sheet, 6, i + 2, underGroups[i], heading);
                merge(sheet, 6, 7, i + 2, i + 2);
            }
        }
        put(sheet, 6, 3, "Trong đó", heading);
        merge(sheet, 6, 6, 3, 4);
        put(sheet, 7, 3, "Trực tuyến", heading);
        put(sheet, 7, 4, "Trực tiếp, dịch vụ bưu chính", heading);
    }

    private static void figures(Row row, Integer number, String name, FormII06a.Figures f, CellStyle box,
            CellStyle text) {
        List<Object> values = new ArrayList<>(List.of(f.received().total(), f.received().online(),
                f.received().inPersonOrPostal(), f.received().carriedOver(), f.resolved().total(),
                f.resolved().early(), f.resolved().onTime(), f.resolved().late(), f.inProgress().total(),
                f.inProgress().withinTime(), f.inProgress().overdue()));
        values.add(0, name);
        values.add(0, number);
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            Workbooks.setValue(cell, values.get(c));
            cell.setCellStyle(c == 1 ? text : box);
        }
    }

    private static CellStyle boxed(CellStyle style, HorizontalAlignment alignment) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static void put(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        var cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
