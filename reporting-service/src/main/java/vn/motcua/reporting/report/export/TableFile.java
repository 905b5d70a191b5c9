package vn.motcua.reporting.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8 with a byte order mark so Excel reads it as UTF-8; numbers with a decimal point) or
 * as XLSX with numeric cells for numbers, so spreadsheets can sum them. Pure.
 */
public final class TableFile {

    private TableFile() {
    }

    public static <T> byte[] write(ExportFormat format, String sheetName, List<Column<T>> columns, List<T> rows,
            vn.motcua.reporting.report.Language language) {
        List<String> headers = new ArrayList<>();
        columns.forEach(column -> headers.add(column.header(language)));
        List<List<Object>> cells = new ArrayList<>();
        for (T row : rows) {
            List<Object> values = new ArrayList<>();
            columns.forEach(column -> values.add(column.value().apply(row)));
            cells.add(values);
        }
        return format == ExportFormat.XLSX ? xlsx(sheetName, headers, cells) : csv(headers, cells);
    }

    static byte[] csv(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                List<String> texts = new ArrayList<>();
                row.forEach(value -> texts.add(value == null ? "" : value instanceof BigDecimal decimal
                        ? decimal.toPlainString() : value.toString()));
                printer.printRecord(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = Workbooks.bold(workbook);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(50, Math.max(12, headers.get(c).length() + 2)) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Workbooks.setValue(row.createCell(c), values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            return Workbooks.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
