package vn.motcua.catalog.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows in the import format for tests: a valid procedure row by default, with cells to override. */
final class Sheets {

    private Sheets() {
    }

    static Map<String, String> procedureRow(String code, String name, String fieldCode, String fieldName) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(ProcedureColumns.CODE, code);
        row.put(ProcedureColumns.NAME, name);
        row.put(ProcedureColumns.FIELD_CODE, fieldCode);
        row.put(ProcedureColumns.FIELD_NAME, fieldName);
        row.put(ProcedureColumns.LEVELS, "Xã");
        row.put(ProcedureColumns.DAYS_IN_PERSON, "1");
        row.put(ProcedureColumns.DAYS_ONLINE, "1");
        row.put(ProcedureColumns.DAYS_POSTAL, "");
        row.put(ProcedureColumns.FEES, "Lệ phí đăng ký khai sinh|0|Miễn lệ phí");
        row.put(ProcedureColumns.COMPONENTS, "Tờ khai đăng ký khai sinh|1|0||Bắt buộc;Giấy chứng sinh|1|0||Bắt buộc");
        row.put(ProcedureColumns.APPLICANTS, "Công dân");
        row.put(ProcedureColumns.AGENCY, "UBND cấp xã");
        row.put(ProcedureColumns.RESULT, "Giấy khai sinh");
        row.put(ProcedureColumns.LEGAL_BASES, "Luật Hộ tịch số 60/2014/QH13;Nghị định 123/2015/NĐ-CP");
        row.put(ProcedureColumns.ONLINE_LEVEL, "Toàn trình");
        row.put(ProcedureColumns.ESSENTIAL, "Có");
        row.put(ProcedureColumns.DELEGATED_BY, "");
        row.put(ProcedureColumns.EFFECTIVE_FROM, "2023-01-01");
        row.put(ProcedureColumns.EFFECTIVE_TO, "");
        row.put(ProcedureColumns.STATUS, "Đang áp dụng");
        return row;
    }

    static Map<String, String> unitRow(String code, String name, String level, String parent, String from, String to) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(UnitColumns.CODE, code);
        row.put(UnitColumns.NAME, name);
        row.put(UnitColumns.LEVEL, level);
        row.put(UnitColumns.PARENT, parent);
        row.put(UnitColumns.VALID_FROM, from);
        row.put(UnitColumns.VALID_TO, to);
        return row;
    }

    /** The rows as CSV with the headers of the first row. */
    static byte[] csv(List<Map<String, String>> rows) {
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        return TableWriter.csv(headers, rows.stream().map(r -> headers.stream().map(h -> r.getOrDefault(h, ""))
                .toList()).toList());
    }

    static byte[] xlsx(List<Map<String, String>> rows) {
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        return TableWriter.xlsx("Sheet1", headers, rows.stream().map(r -> headers.stream()
                .map(h -> r.getOrDefault(h, "")).toList()).toList());
    }

    static Table table(List<Map<String, String>> rows) {
        return TableReader.csv(csv(rows));
    }
}
