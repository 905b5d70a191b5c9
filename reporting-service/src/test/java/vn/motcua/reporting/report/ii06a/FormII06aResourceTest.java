package vn.motcua.reporting.report.ii06a;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.events.UnitLevel;
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * Form II.06a of a district (with its commune) for the second quarter of 2026, from dossiers sent through the real
 * topics. Counted by hand (D = the district, C = its commune, X = another district; dates in 2026, 09:30 +07:00):
 * <pre>
 * dossier field unit channel   received due    closed                 counts as
 * h1      HT    D    ONLINE    04-02    04-10  04-08 APPROVED EARLY   online; resolved early
 * h2      HT    C    IN_PERSON 04-05    04-15  04-15 APPROVED ON_TIME in person; resolved on time
 * h3      HT    D    POSTAL    03-20    03-30  04-03 REJECTED LATE    carried over; resolved late
 * h4      HT    C    IN_PERSON 05-10    05-20  05-12 WITHDRAWN        in person; resolved on time (withdrawn)
 * h5      HT    D    ONLINE    06-20    07-10  open                   online; in progress within time
 * h6      HT    D    IN_PERSON 03-25    04-05  open                   carried over; in progress overdue
 * h7      HT    D    IN_PERSON 01-10    01-20  03-01 APPROVED EARLY   closed before the period: nowhere
 * h8      HT    D    ONLINE    06-25    07-01  07-03 APPROVED LATE    online; in progress within time at 30 Jun
 * d1      DD    C    ONLINE    04-01    04-20  04-10 APPROVED EARLY   online; resolved early
 * d2      DD    D    IN_PERSON 05-05    05-15  open                   in person; in progress overdue
 * d3      DD    C    POSTAL    02-10    02-25  04-20 APPROVED LATE    carried over; resolved late
 * d4      DD    D    IN_PERSON 07-02    07-10  open                   received after the period: nowhere
 * d5      DD    X    ONLINE    04-10    04-20  open                   another unit: nowhere
 * n1      -     X    IN_PERSON 05-04    07-10  open                   another unit, no field: nowhere
 * </pre>
 * Rows by field code, DD then HT. DD: received 3 (online 1, in person or postal 1, carried over 1); resolved 2
 * (early 1, on time 0, late 1); in progress 1 (within time 0, overdue 1). HT: received 7 (3, 2, 2); resolved 4
 * (1, 2 of which 1 withdrawn, 1); in progress 3 (2, 1). Total: received 10 (4, 3, 3); resolved 6 (2, 2, 2); in
 * progress 4 (2, 2).
 */
@QuarkusTest
class FormII06aResourceTest {

    static final String PROVINCE = "000.00.00.K26";
    static final String DISTRICT = "000.00.40.K26";
    static final String COMMUNE = "000.40.41.K26";
    static final String OTHER_DISTRICT = "000.00.50.K26";
    static final String FROM = "2026-04-01";
    static final String TO = "2026-06-30";
    private static final String ANALYST = TestTokens.forRole("analyst");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static boolean sent;

    @BeforeEach
    void ingested() {
        synchronized (FormII06aResourceTest.class) {
            if (!sent) {
                send(new ReadModelEvents(new TestEvents(
                        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))));
                sent = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonPath all = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT)
                    .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
                    .when().get("/api/v1/kpis").then().extract().jsonPath();
            JsonPath other = given().auth().oauth2(ANALYST).queryParam("unit", OTHER_DISTRICT)
                    .queryParam("from", FROM).queryParam("to", TO)
                    .when().get("/api/v1/kpis").then().extract().jsonPath();
            return all.getInt("overall.received.total") == 12 && all.getInt("overall.resolved.total") == 7
                    && all.getInt("overall.withdrawn") == 1 && other.getInt("overall.received.total") == 2;
        });
    }

    @Test
    void everyCellOfTheTwoFieldsAndTheTotalAsCountedByHand() {
        JsonPath form = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).contentType("application/json")
                .body("form", equalTo("II.06a/VPCP/KSTT"))
                .body("unit", equalTo(DISTRICT))
                .body("unitName", equalTo("Huyện Sóc Sơn"))
                .body("includeSubUnits", equalTo(true))
                .body("from", equalTo(FROM))
                .body("to", equalTo(TO))
                .body("rows.size()", equalTo(2))
                .extract().jsonPath();

        assertThat(form.getInt("rows[0].number")).isEqualTo(1);
        assertThat(form.getString("rows[0].fieldCode")).isEqualTo("DD");
        assertThat(form.getString("rows[0].fieldName")).isEqualTo("Đất đai");
        assertThat(figures(form, "rows[0].figures")).isEqualTo(figures(3, 1, 1, 1, 2, 1, 0, 1, 0, 1, 0, 1));
        assertThat(form.getInt("rows[1].number")).isEqualTo(2);
        assertThat(form.getString("rows[1].fieldCode")).isEqualTo("HT");
        assertThat(form.getString("rows[1].fieldName")).isEqualTo("Hộ tịch");
        assertThat(figures(form, "rows[1].figures")).isEqualTo(figures(7, 3, 2, 2, 4, 1, 2, 1, 1, 3, 2, 1));
        assertThat(figures(form, "totals")).isEqualTo(figures(10, 4, 3, 3, 6, 2, 2, 2, 1, 4, 2, 2));
    }

    @Test
    void withoutSubUnitsOnlyTheDistrictsOwnDossiersCount() {
        JsonPath form = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("includeSubUnits", "false")
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).body("includeSubUnits", equalTo(false)).extract().jsonPath();
        // DD: d2; HT: h1, h3, h5, h6, h8
        assertThat(figures(form, "rows[0].figures")).isEqualTo(figures(1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1));
        assertThat(figures(form, "totals")).isEqualTo(figures(6, 3, 1, 2, 2, 1, 0, 1, 0, 4, 2, 2));
    }

    @Test
    void dossiersWithoutAFieldComeLastInARowOfTheirOwn() {
        JsonPath form = given().auth().oauth2(ANALYST).queryParam("unit", OTHER_DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).body("rows.size()", equalTo(2)).extract().jsonPath();
        assertThat(form.getString("rows[0].fieldCode")).isEqualTo("DD");
        assertThat(figures(form, "rows[0].figures")).isEqualTo(figures(1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1));
        assertThat(form.getInt("rows[1].number")).isEqualTo(2);
        assertThat(form.getString("rows[1].fieldCode")).isNull();
        assertThat(form.getString("rows[1].fieldName")).isNull();
        assertThat(figures(form, "rows[1].figures")).isEqualTo(figures(1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0));
        String csv = given().auth().oauth2(ANALYST).queryParam("unit", OTHER_DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("format", "csv")
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("\r\n2,,Chưa xác định lĩnh vực,1,0,1,0,0,0,0,0,1,1,0\r\n");
    }

    @Test
    void anOfficerGetsTheirOwnUnitAndNoOther() {
        String officer = TestTokens.forRole("officer", COMMUNE);
        JsonPath form = given().auth().oauth2(officer).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).body("unit", equalTo(COMMUNE)).body("unitName", equalTo("Xã Minh Trí"))
                .extract().jsonPath();
        // DD: d1, d3; HT: h2, h4
        assertThat(figures(form, "totals")).isEqualTo(figures(4, 1, 2, 1, 4, 1, 2, 1, 1, 0, 0, 0));
        given().auth().oauth2(officer).queryParam("unit", DISTRICT).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(TestTokens.forRole("officer", DISTRICT)).queryParam("unit", COMMUNE)
                .queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).body("unit", equalTo(COMMUNE));
    }

    @Test
    void theWorkbookHasTheFormsLayoutWithVietnameseHeadings() throws Exception {
        byte[] xlsx = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("format", "xlsx")
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"ii06a.xlsx\""))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("II.06a");
            assertThat(text(sheet, 0, 0)).isEqualTo("Biểu số II.06a/VPCP/KSTT");
            assertThat(text(sheet, 0, 2)).isEqualTo("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, "
                    + "ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            assertThat(text(sheet, 0, 11)).isEqualTo("- Đơn vị báo cáo: Huyện Sóc Sơn (" + DISTRICT + ")");
            assertThat(text(sheet, 1, 11)).isEqualTo("- Đơn vị nhận báo cáo: ");
            assertThat(text(sheet, 3, 2)).isEqualTo("Kỳ báo cáo: từ ngày 01/04/2026 đến ngày 30/06/2026, gồm các đơn "
                    + "vị trực thuộc");
            assertThat(text(sheet, 4, 11)).isEqualTo("Đơn vị tính: Số hồ sơ TTHC.");
            assertThat(row(sheet, 5)).containsExactly("TT", "Lĩnh vực, công việc giải quyết theo cấp",
                    "Số hồ sơ nhận giải quyết", "", "", "", "Số lượng hồ sơ đã giải quyết", "", "", "",
                    "Số lượng hồ sơ đang giải quyết", "", "");
            assertThat(row(sheet, 6)).containsExactly("", "", "Tổng số", "Trong đó", "", "Từ kỳ trước", "Tổng số",
                    "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn");
            assertThat(row(sheet, 7)).containsExactly("", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "",
                    "", "", "", "", "", "", "");
            assertThat(row(sheet, 8)).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)",
                    "(10)", "(11)", "(12)", "(13)");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A6:A8"),
                    CellRangeAddress.valueOf("B6:B8"), CellRangeAddress.valueOf("C6:F6"),
                    CellRangeAddress.valueOf("G6:J6"), CellRangeAddress.valueOf("K6:M6"),
                    CellRangeAddress.valueOf("C7:C8"), CellRangeAddress.valueOf("D7:E7"),
                    CellRangeAddress.valueOf("F7:F8"), CellRangeAddress.valueOf("M7:M8"));
            assertThat(numbers(sheet, 9, 0, 1)).containsExactly(1.0);
            assertThat(text(sheet, 9, 1)).isEqualTo("Đất đai");
            assertThat(numbers(sheet, 9, 2, 13)).containsExactly(3.0, 1.0, 1.0, 1.0, 2.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0);
            assertThat(numbers(sheet, 10, 0, 1)).containsExactly(2.0);
            assertThat(text(sheet, 10, 1)).isEqualTo("Hộ tịch");
            assertThat(numbers(sheet, 10, 2, 13)).containsExactly(7.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 1.0, 3.0, 2.0,
                    1.0);
            assertThat(sheet.getRow(11).getCell(0).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(sheet, 11, 1)).isEqualTo("Tổng cộng");
            assertThat(numbers(sheet, 11, 2, 13)).containsExactly(10.0, 4.0, 3.0, 3.0, 6.0, 2.0, 2.0, 2.0, 4.0, 2.0,
                    2.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(11);
        }
    }

    @Test
    void theCsvHasTheFormsColumnsAndTheTotalRowLast() {
        byte[] csv = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).accept("text/csv")
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"ii06a.csv\""))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly(
                "TT,Mã lĩnh vực,Lĩnh vực,Tiếp nhận - Tổng số,Tiếp nhận - Trực tuyến,"
                        + "\"Tiếp nhận - Trực tiếp, dịch vụ bưu chính\",Tiếp nhận - Từ kỳ trước,Đã giải quyết - Tổng số,"
                        + "Đã giải quyết - Trước hạn,Đã giải quyết - Đúng hạn,Đã giải quyết - Quá hạn,"
                        + "Đang giải quyết - Tổng số,Đang giải quyết - Trong hạn,Đang giải quyết - Quá hạn",
                "1,DD,Đất đai,3,1,1,1,2,1,0,1,1,0,1",
                "2,HT,Hộ tịch,7,3,2,2,4,1,2,1,3,2,1",
                // commons-csv quotes an empty first value, so the line is not read as an empty record
                "\"\",,Tổng cộng,10,4,3,3,6,2,2,2,4,2,2");
        String english = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("format", "csv").queryParam("lang", "en")
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(200).extract().asString();
        assertThat(english).contains("No.,Field code,Field,Received,Received online,Received in person or by post,"
                + "Carried over,Resolved,Resolved early,Resolved on time,Resolved late,In progress,"
                + "In progress within time,In progress overdue\r\n");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        Map<String, Map<String, String>> cases = Map.of(
                "unit", Map.of("unit", "abc", "from", FROM, "to", TO),
                "to", Map.of("unit", DISTRICT, "from", "2020-01-01", "to", "2025-01-01"),
                "from", Map.of("unit", DISTRICT, "from", "2026-07-01", "to", TO),
                "format", Map.of("unit", DISTRICT, "from", FROM, "to", TO, "format", "pdf"),
                "includeSubUnits", Map.of("unit", DISTRICT, "from", FROM, "to", TO, "includeSubUnits", "maybe"),
                "lang", Map.of("unit", DISTRICT, "from", FROM, "to", TO, "lang", "de"));
        cases.forEach((parameter, query) -> given().auth().oauth2(ANALYST).queryParams(query)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter)));
        given().auth().oauth2(ANALYST).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("unit", "000.00.99.K26").queryParam("from", FROM)
                .queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"));
        given().queryParam("unit", DISTRICT).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/ii06a")
                .then().statusCode(401);
    }

    /** received total, online, in person or postal, carried over; resolved total, early, on time, late, withdrawn;
     * in progress total, within time, overdue. */
    private static List<Long> figures(long... cells) {
        return Arrays.stream(cells).boxed().toList();
    }

    private static List<Long> figures(JsonPath json, String path) {
        List<Long> cells = new ArrayList<>();
        for (String cell : List.of("received.total", "received.online", "received.inPersonOrPostal",
                "received.carriedOver", "resolved.total", "resolved.early", "resolved.onTime", "resolved.late",
                "resolved.withdrawn", "inProgress.total", "inProgress.withinTime", "inProgress.overdue")) {
            cells.add(json.getLong(path + "." + cell));
        }
        return cells;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> row(Sheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < 13; c++) {
            texts.add(text(sheet, row, c));
        }
        return texts;
    }

    private static List<Double> numbers(Sheet sheet, int row, int first, int last) {
        List<Double> values = new ArrayList<>();
        for (int c = first; c < last; c++) {
            assertThat(sheet.getRow(row).getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
            values.add(sheet.getRow(row).getCell(c).getNumericCellValue());
        }
        return values;
    }

    private static void send(ReadModelEvents events) {
        dossier(events, "h1", "HT", DISTRICT, Channel.ONLINE, "04-02", "04-10", Outcome.APPROVED, "04-08",
                Timeliness.EARLY);
        dossier(events, "h2", "HT", COMMUNE, Channel.IN_PERSON, "04-05", "04-15", Outcome.APPROVED, "04-15",
                Timeliness.ON_TIME);
        dossier(events, "h3", "HT", DISTRICT, Channel.POSTAL, "03-20", "03-30", Outcome.REJECTED, "04-03",
                Timeliness.LATE);
        dossier(events, "h4", "HT", COMMUNE, Channel.IN_PERSON, "05-10", "05-20", Outcome.WITHDRAWN, "05-12",
                Timeliness.EARLY);
        dossier(events, "h5", "HT", DISTRICT, Channel.ONLINE, "06-20", "07-10", null, null, null);
        dossier(events, "h6", "HT", DISTRICT, Channel.IN_PERSON, "03-25", "04-05", null, null, null);
        dossier(events, "h7", "HT", DISTRICT, Channel.IN_PERSON, "01-10", "01-20", Outcome.APPROVED, "03-01",
                Timeliness.EARLY);
        dossier(events, "h8", "HT", DISTRICT, Channel.ONLINE, "06-25", "07-01", Outcome.APPROVED, "07-03",
                Timeliness.LATE);
        dossier(events, "d1", "DD", COMMUNE, Channel.ONLINE, "04-01", "04-20", Outcome.APPROVED, "04-10",
                Timeliness.EARLY);
        dossier(events, "d2", "DD", DISTRICT, Channel.IN_PERSON, "05-05", "05-15", null, null, null);
        dossier(events, "d3", "DD", COMMUNE, Channel.POSTAL, "02-10", "02-25", Outcome.APPROVED, "04-20",
                Timeliness.LATE);
        dossier(events, "d4", "DD", DISTRICT, Channel.IN_PERSON, "07-02", "07-10", null, null, null);
        dossier(events, "d5", "DD", OTHER_DISTRICT, Channel.ONLINE, "04-10", "04-20", null, null, null);
        dossier(events, "n1", null, OTHER_DISTRICT, Channel.IN_PERSON, "05-04", "07-10", null, null, null);
    }

    private static void dossier(ReadModelEvents events, String name, String field, String unit, Channel channel,
            String received, String due, Outcome outcome, String closed, Timeliness timeliness) {
        UUID id = UUID.randomUUID();
        String receipt = unit + "-26" + received.replace("-", "") + "-00" + (name.charAt(0) == 'h' ? "1" : name.charAt(0) == 'd' ? "2" : "3")
                + name.charAt(1);
        String fieldName = field == null ? null : field.equals("HT") ? "Hộ tịch" : "Đất đai";
        String procedure = "HT".equals(field) ? "1.001193" : "1.000001";
        UnitLevel level = unit.equals(COMMUNE) ? UnitLevel.COMMUNE : UnitLevel.DISTRICT;
        String unitName = switch (unit) {
            case DISTRICT -> "Huyện Sóc Sơn";
            case COMMUNE -> "Xã Minh Trí";
            default -> "Huyện Đông Anh";
        };
        List<String> ancestors = unit.equals(COMMUNE) ? List.of(DISTRICT, PROVINCE) : List.of(PROVINCE);
        events.publish(new DossierReceivedV1(id, receipt, procedure, "Thủ tục " + procedure, field, fieldName, unit,
                unitName, level, channel, OnlineLevel.FULL, at(received), at(due), 5,
                UUID.randomUUID().toString().replace("-", ""), ancestors));
        if (outcome != null) {
            events.publish(new DossierResolvedV1(id, receipt, procedure, "Thủ tục " + procedure, field, fieldName,
                    unit, unitName, level, channel, OnlineLevel.FULL, at(received), at(due), outcome, at(closed),
                    timeliness, timeliness != Timeliness.LATE, 3, ancestors));
        }
    }

    private static OffsetDateTime at(String day) {
        return OffsetDateTime.parse("2026-" + day + "T09:30:00+07:00");
    }
}
