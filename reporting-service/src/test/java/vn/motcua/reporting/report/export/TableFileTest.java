package vn.motcua.reporting.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.report.Language;

class TableFileTest {

    private record Line(String code, long count, BigDecimal rate) {
    }

    private static final List<Column<Line>> COLUMNS = List.of(
            new Column<>("Mã, nhóm", "Code, group", Line::code),
            new Column<>("Tiếp nhận", "Received", Line::count),
            new Column<>("Tỷ lệ (%)", "Rate (%)", Line::rate));

    private static final List<Line> LINES = Arrays.asList(new Line("1.001193", 1234, new BigDecimal("66.7")),
            new Line("Hộ tịch \"HT\"", 0, null));

    @Test
    void csvIsUtf8WithByteOrderMarkAndQuotesWhatNeedsIt() {
        byte[] csv = TableFile.write(ExportFormat.CSV, "KPI", COLUMNS, LINES, Language.VI);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Mã, nhóm\",Tiếp nhận,Tỷ lệ (%)\r\n"
                + "1.001193,1234,66.7\r\n\"Hộ tịch \"\"HT\"\"\",0,\r\n");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        byte[] xlsx = TableFile.write(ExportFormat.XLSX, "KPI", COLUMNS, LINES, Language.EN);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("KPI");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code, group");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.001193");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(66.7);
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
