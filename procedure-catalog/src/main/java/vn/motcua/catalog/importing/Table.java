package vn.motcua.catalog.importing;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sheet read from CSV or XLSX: the header row and the data rows, each with its row number as a spreadsheet
 * shows it (the header is row 1). Rows with only blank cells are left out.
 */
public record Table(List<String> headers, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        /** The cell in {@code column} (index into the headers), "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }

        /** The cell under {@code header} ({@code columns} from {@link Table#columns()}), "" without that column. */
        public String cell(Map<String, Integer> columns, String header) {
            Integer column = columns.get(headerKey(header));
            return column == null ? "" : cell(column);
        }
    }

    /** Header text compared leniently: NFC, no BOM, spaces collapsed, case ignored. */
    public static String headerKey(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "");
        return Normalizer.normalize(h, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Column index by header key; the first of duplicated headers wins (duplicates are reported separately). */
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(headerKey(headers.get(i)), i);
        }
        return columns;
    }
}
