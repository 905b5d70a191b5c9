package vn.motcua.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/**
 * Reads an uploaded sheet: UTF-8 CSV (RFC 4180, a byte order mark is allowed) or the first sheet of an XLSX
 * workbook. A file that cannot be read as such is a 400 naming {@code file}; more than {@link #MAX_ROWS} data
 * rows is a 413. Pure.
 */
public final class TableReader {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;

    static {
        // an XLSX is a zip: refuse entries that inflate suspiciously (zip bombs) or beyond what a catalog needs
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private TableReader() {
    }

    public static Table read(TableFormat format, byte[] bytes) {
        if (bytes.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        return format == TableFormat.CSV ? csv(bytes) : xlsx(bytes);
    }

    public static Table csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("file", "is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                add(rows, number, cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalidField("file", "is not valid CSV (RFC 4180): " + rootMessage(e));
        }
        return table(headers, rows);
    }

    public static Table xlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ProblemException.invalidField("file", "has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), formatter, evaluator));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                    continue;
                }
                add(rows, row.getRowNum() + 1, cells);
            }
            return table(headers, rows);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalidField("file", "is not an XLSX workbook: " + rootMessage(e));
        }
    }

    private static void add(List<Table.Row> rows, int number, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "at most " + MAX_ROWS + " rows per file");
        }
        rows.add(new Table.Row(number, cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells));
    }

    private static Table table(List<String> headers, List<Table.Row> rows) {
        if (headers == null) {
            throw ProblemException.invalidField("file", "has no header row");
        }
        return new Table(List.copyOf(headers.size() > MAX_COLUMNS ? headers.subList(0, MAX_COLUMNS) : headers),
                List.copyOf(rows));
    }

    /** A cell as text: dates as yyyy-MM-dd, numbers as shown, formulas by their value. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
