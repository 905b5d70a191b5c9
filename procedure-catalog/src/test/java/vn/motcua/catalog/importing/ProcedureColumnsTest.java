package vn.motcua.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.procedure.ApplicantType;
import vn.motcua.catalog.procedure.Channel;
import vn.motcua.catalog.procedure.OnlineLevel;
import vn.motcua.catalog.procedure.ProcedureDraft;
import vn.motcua.catalog.procedure.ProcedureLevel;

class ProcedureColumnsTest {

    private static ProcedureColumns.Parsed parse(Map<String, String> row) {
        Table table = Sheets.table(List.of(row));
        return ProcedureColumns.parse(table.rows().get(0), table.columns());
    }

    @Test
    void theDocumentedExampleRowParses() {
        Map<String, String> row = Sheets.procedureRow("1.001193", "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch");
        ProcedureColumns.Parsed parsed = parse(row);
        assertThat(parsed.errors()).isEmpty();
        ProcedureDraft draft = parsed.draft();
        assertThat(parsed.fieldName()).isEqualTo("Hộ tịch");
        assertThat(draft.field()).isEqualTo("HT");
        assertThat(draft.levels()).containsExactly(ProcedureLevel.COMMUNE);
        assertThat(draft.processingDays()).containsExactly(Map.entry(Channel.IN_PERSON, 1), Map.entry(Channel.ONLINE, 1));
        assertThat(draft.fees()).singleElement().satisfies(fee -> {
            assertThat(fee.name()).isEqualTo("Lệ phí đăng ký khai sinh");
            assertThat(fee.amountVnd()).isZero();
            assertThat(fee.note()).isEqualTo("Miễn lệ phí");
        });
        assertThat(draft.components()).hasSize(2);
        assertThat(draft.components().get(0).formUrl()).isNull();
        assertThat(draft.applicants()).containsExactly(ApplicantType.CITIZEN);
        assertThat(draft.legalBases()).containsExactly("Luật Hộ tịch số 60/2014/QH13", "Nghị định 123/2015/NĐ-CP");
        assertThat(draft.onlineLevel()).isEqualTo(OnlineLevel.FULL);
        assertThat(draft.essential()).isTrue();
        assertThat(draft.delegated()).isFalse();
    }

    @Test
    void formattingThenParsingGivesTheSameProcedure() {
        Map<String, String> row = Sheets.procedureRow("1.000948.H38", "Tên có dấu phẩy, và \"ngoặc\"", "HT", "Hộ tịch");
        row.put(ProcedureColumns.LEVELS, "cấp  huyện; Xã");
        row.put(ProcedureColumns.APPLICANTS, "Tổ chức;Công dân");
        row.put(ProcedureColumns.FEES, "Phí A|1000|;Phí B|0|Miễn");
        row.put(ProcedureColumns.COMPONENTS, "Tờ khai|1|2|https://example.gov.vn/a.docx");
        row.put(ProcedureColumns.DELEGATED_BY, "Sở Tư pháp");
        row.put(ProcedureColumns.EFFECTIVE_TO, "2030-01-01");
        row.put(ProcedureColumns.STATUS, "");
        ProcedureDraft draft = parse(row).draft();
        assertThat(draft).isNotNull();

        List<String> formatted = ProcedureColumns.format(draft, "Hộ tịch");
        Map<String, String> again = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ProcedureColumns.HEADERS.size(); i++) {
            again.put(ProcedureColumns.HEADERS.get(i), formatted.get(i));
        }
        assertThat(again.get(ProcedureColumns.LEVELS)).isEqualTo("Huyện;Xã");
        assertThat(again.get(ProcedureColumns.APPLICANTS)).isEqualTo("Công dân;Tổ chức");
        assertThat(again.get(ProcedureColumns.COMPONENTS)).isEqualTo("Tờ khai|1|2|https://example.gov.vn/a.docx|Bắt buộc");
        assertThat(again.get(ProcedureColumns.STATUS)).isEqualTo("Đang áp dụng");
        assertThat(parse(again).draft()).isEqualTo(draft);
    }

    @Test
    void badCellsAreReportedOncePerColumnWithTheRowNumber() {
        Map<String, String> row = Sheets.procedureRow("1.001193", "Tên", "HT", "Hộ tịch");
        row.put(ProcedureColumns.LEVELS, "Thôn");
        row.put(ProcedureColumns.DAYS_ONLINE, "một");
        row.put(ProcedureColumns.FEES, "Phí|abc|");
        row.put(ProcedureColumns.COMPONENTS, "Tờ khai");
        row.put(ProcedureColumns.ONLINE_LEVEL, "Cao");
        row.put(ProcedureColumns.EFFECTIVE_FROM, "01/01/2023");
        ProcedureColumns.Parsed parsed = parse(row);
        assertThat(parsed.draft()).isNull();
        assertThat(parsed.errors()).extracting(RowError::row).containsOnly(2);
        assertThat(parsed.errors()).extracting(RowError::column).containsExactlyInAnyOrder(ProcedureColumns.LEVELS,
                ProcedureColumns.DAYS_ONLINE, ProcedureColumns.FEES, ProcedureColumns.COMPONENTS,
                ProcedureColumns.ONLINE_LEVEL, ProcedureColumns.EFFECTIVE_FROM);
    }

    @Test
    void ruleErrorsLandInTheirColumns() {
        Map<String, String> row = Sheets.procedureRow("1.001193", "", "ht", "Hộ tịch");
        row.put(ProcedureColumns.DAYS_IN_PERSON, "400");
        row.put(ProcedureColumns.COMPONENTS, "Tờ khai|1|0|ftp://x|Bắt buộc");
        ProcedureColumns.Parsed parsed = parse(row);
        assertThat(parsed.errors()).extracting(RowError::column).containsExactlyInAnyOrder(ProcedureColumns.NAME,
                ProcedureColumns.FIELD_CODE, ProcedureColumns.DAYS_IN_PERSON, ProcedureColumns.COMPONENTS);
        assertThat(parsed.errors()).filteredOn(e -> e.column().equals(ProcedureColumns.COMPONENTS))
                .extracting(RowError::message).containsExactly("item 1: formUrl must be an http or https URL");
    }

    @Test
    void headersAreMatchedLooselyAndMissingOnesReported() {
        Table table = TableReader.csv(("\uFEFF mã THỦ tục ,Tên thủ tục,Tên thủ tục\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        List<RowError> errors = ProcedureColumns.headerErrors(table);
        assertThat(errors).extracting(RowError::row).containsOnly(1);
        assertThat(errors).extracting(RowError::column).contains("Tên thủ tục", ProcedureColumns.FIELD_CODE)
                .doesNotContain(ProcedureColumns.CODE);
    }
}
