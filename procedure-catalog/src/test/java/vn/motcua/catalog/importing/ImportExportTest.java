package vn.motcua.catalog.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

/** Procedures 2.5xxxxx in fields IMP/IMQ; units 000.xx.25.I25. */
@QuarkusTest
class ImportExportTest {

    static final String XLSX = TableFormat.XLSX_TYPE;

    static ValidatableResponse importProcedures(byte[] file, String type, boolean dryRun) {
        return given().auth().oauth2(ADMIN).contentType(type).body(file).queryParam("dryRun", dryRun)
                .when().post("/api/v1/imports/procedures").then();
    }

    static ValidatableResponse importUnits(byte[] file, String type, boolean dryRun) {
        return given().auth().oauth2(ADMIN).contentType(type).body(file).queryParam("dryRun", dryRun)
                .when().post("/api/v1/imports/units").then();
    }

    private static List<Map<String, String>> badFile() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Sheets.procedureRow("2.500001", "Chứng thực bản sao từ bản chính", "IMP", "Chứng thực (nhập)"));
        Map<String, String> badCode = Sheets.procedureRow("25.00002", "Chứng thực chữ ký", "IMP", "Chứng thực (nhập)");
        badCode.put(ProcedureColumns.LEVELS, "Thôn");
        badCode.put(ProcedureColumns.DAYS_IN_PERSON, "abc");
        rows.add(badCode);
        Map<String, String> negativeFee = Sheets.procedureRow("2.500003", "Chứng thực hợp đồng", "IMP",
                "Chứng thực (nhập)");
        negativeFee.put(ProcedureColumns.FEES, "Phí chứng thực|50000|;Phí sao y|-5|");
        rows.add(negativeFee);
        rows.add(Sheets.procedureRow("2.500001", "Trùng mã", "IMP", "Chứng thực (nhập)"));
        Map<String, String> noEssential = Sheets.procedureRow("2.500005", "Chứng thực di chúc", "IMP",
                "Chứng thực (nhập)");
        noEssential.put(ProcedureColumns.ESSENTIAL, "");
        rows.add(noEssential);
        return rows;
    }

    @Test
    void dryRunReportsEveryBadRowAndColumnAndWritesNothing() {
        JsonPath report = importProcedures(Sheets.csv(badFile()), "text/csv", true)
                .statusCode(200)
                .body("rows", equalTo(5))
                .body("valid", equalTo(1))
                .body("dryRun", equalTo(true))
                .body("created", equalTo(1))
                .extract().jsonPath();
        List<String> cells = report.getList("errors", Map.class).stream()
                .map(e -> e.get("row") + " " + e.get("column")).toList();
        assertThat(cells).containsExactlyInAnyOrder(
                "3 Mã thủ tục", "3 Cấp thực hiện", "3 Thời hạn trực tiếp (ngày làm việc)",
                "4 Phí, lệ phí",
                "5 Mã thủ tục",
                "6 Thiết yếu");
        assertThat(report.getString("errors.find { it.row == 4 }.message")).startsWith("item 2: amountVnd");
        assertThat(report.getString("errors.find { it.row == 5 }.message")).contains("row 2");
        given().get("/api/v1/procedures/2.500001").then().statusCode(404);
    }

    @Test
    void realImportIsAllOrNothing() {
        importProcedures(Sheets.csv(badFile()), "text/csv", false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/unprocessable"))
                .body("rows", equalTo(5))
                .body("valid", equalTo(1))
                .body("errors.row", contains(3, 3, 3, 4, 5, 6))
                .body("errors.column", hasItem("Thiết yếu"));
        given().get("/api/v1/procedures/2.500001").then().statusCode(404);
        given().get("/api/v1/fields/IMP").then().statusCode(404);
    }

    @Test
    void importCreatesThenLeavesUnchangedRowsAloneThenUpdates() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Sheets.procedureRow("2.500011", "Cấp bản sao trích lục hộ tịch", "IMQ", "Hộ tịch (nhập)"));
        Map<String, String> second = Sheets.procedureRow("2.500012", "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
                "IMQ", "Hộ tịch (nhập)");
        second.put(ProcedureColumns.LEVELS, "Huyện;Xã");
        second.put(ProcedureColumns.DAYS_POSTAL, "5");
        second.put(ProcedureColumns.APPLICANTS, "Công dân;Tổ chức");
        second.put(ProcedureColumns.ONLINE_LEVEL, "Một phần");
        second.put(ProcedureColumns.ESSENTIAL, "Không");
        second.put(ProcedureColumns.DELEGATED_BY, "UBND cấp huyện");
        second.put(ProcedureColumns.COMPONENTS, "Tờ khai|1|0|https://example.gov.vn/to-khai.docx|Bắt buộc;"
                + "Giấy tờ tùy thân|0|1||Không bắt buộc");
        rows.add(second);
        byte[] file = Sheets.csv(rows);

        importProcedures(file, "text/csv", false).statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("errors", empty());
        given().get("/api/v1/procedures/2.500012").then().statusCode(200)
                .body("field.code", equalTo("IMQ"))
                .body("field.name", equalTo("Hộ tịch (nhập)"))
                .body("levels", contains("DISTRICT", "COMMUNE"))
                .body("processingDays.POSTAL", equalTo(5))
                .body("applicants", contains("CITIZEN", "ORGANIZATION"))
                .body("onlineLevel", equalTo("PARTIAL"))
                .body("essential", equalTo(false))
                .body("delegated", equalTo(true))
                .body("delegatedBy", equalTo("UBND cấp huyện"))
                .body("components[0].formUrl", equalTo("https://example.gov.vn/to-khai.docx"))
                .body("components[1].required", equalTo(false))
                .body("components[1].copies", equalTo(1))
                .body("version", equalTo(1));

        importProcedures(file, "text/csv", false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        given().get("/api/v1/procedures/2.500012").then().body("version", equalTo(1));

        rows.get(0).put(ProcedureColumns.DAYS_IN_PERSON, "2");
        importProcedures(Sheets.xlsx(rows), XLSX, true).statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));
        importProcedures(Sheets.xlsx(rows), XLSX, false).statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/procedures/2.500011").then()
                .body("processingDays.IN_PERSON", equalTo(2)).body("version", equalTo(2));
        given().auth().oauth2(ADMIN).get("/api/v1/procedures/2.500011/history").then()
                .body("items[0].source", equalTo("IMPORT"))
                .body("items[0].changedBy", equalTo("test-catalog-admin"))
                .body("items[0].changes.field", contains("processingDays"));
    }

    @Test
    void concurrentImportsOfTheSameNewCodesRunOneAfterTheOther() throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(Sheets.procedureRow(String.format("2.5009%02d", i), "Thủ tục nhập đồng thời số " + i, "IMC",
                    "Nhập đồng thời"));
        }
        byte[] file = Sheets.csv(rows);
        int imports = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(imports);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<io.restassured.response.Response>> results = new ArrayList<>();
            for (int i = 0; i < imports; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(ADMIN).contentType("text/csv").body(file)
                            .queryParam("dryRun", false).post("/api/v1/imports/procedures");
                }));
            }
            start.countDown();
            int created = 0;
            int unchanged = 0;
            for (var result : results) {
                io.restassured.response.Response response = result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                created += response.jsonPath().getInt("created");
                unchanged += response.jsonPath().getInt("unchanged");
            }
            // exactly one import created the 30 procedures; the others found them and left them alone
            assertThat(created).isEqualTo(30);
            assertThat(unchanged).isEqualTo(30 * (imports - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void exportThenReimportChangesNothing() {
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> tricky = Sheets.procedureRow("2.500021.H25", "Thủ tục có dấu phẩy, \"ngoặc kép\"; chấm phẩy",
                "IMQ", "Hộ tịch (nhập)");
        tricky.put(ProcedureColumns.RESULT, "Dòng một\nDòng hai");
        tricky.put(ProcedureColumns.FEES, "Phí|1500000|");
        tricky.put(ProcedureColumns.EFFECTIVE_TO, "2030-12-31");
        rows.add(tricky);
        Map<String, String> retired = Sheets.procedureRow("2.500022", "Thủ tục đã bãi bỏ", "IMQ", "Hộ tịch (nhập)");
        retired.put(ProcedureColumns.STATUS, "Hết hiệu lực");
        retired.put(ProcedureColumns.EFFECTIVE_TO, "2024-06-30");
        rows.add(retired);
        importProcedures(Sheets.csv(rows), "text/csv", false).statusCode(200);

        for (String format : List.of("csv", "xlsx")) {
            byte[] exported = given().auth().oauth2(ADMIN).queryParam("format", format)
                    .get("/api/v1/exports/procedures")
                    .then().statusCode(200)
                    .contentType(startsWith(format.equals("csv") ? "text/csv" : XLSX))
                    .extract().asByteArray();
            int total = given().queryParam("size", 1).get("/api/v1/procedures").then().extract().path("total");
            JsonPath report = importProcedures(exported, format.equals("csv") ? "text/csv" : XLSX, false)
                    .statusCode(200).extract().jsonPath();
            assertThat(report.getList("errors")).isEmpty();
            assertThat(report.getInt("created")).isZero();
            assertThat(report.getInt("updated")).isZero();
            assertThat(report.getInt("unchanged")).isEqualTo(report.getInt("rows")).isGreaterThanOrEqualTo(total);
        }
        given().get("/api/v1/procedures/2.500021.H25").then()
                .body("name", equalTo("Thủ tục có dấu phẩy, \"ngoặc kép\"; chấm phẩy"))
                .body("result", equalTo("Dòng một\nDòng hai"))
                .body("version", equalTo(1));
        given().auth().oauth2(ADMIN).get("/api/v1/procedures/2.500021.H25/history").then().body("total", equalTo(1));

        // the CSV starts with a byte order mark and the documented headers
        String csv = new String(given().auth().oauth2(ADMIN).get("/api/v1/exports/procedures").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã thủ tục,Tên thủ tục,Mã lĩnh vực,Tên lĩnh vực,Cấp thực hiện,");
    }

    @Test
    void unitsImportExportAndReimport() {
        List<Map<String, String>> rows = new ArrayList<>();
        // the commune comes before its district: order does not matter
        rows.add(Sheets.unitRow("000.01.25.I25", "UBND xã Nhập Một", "Xã", "000.00.25.I25", "2008-08-01", ""));
        rows.add(Sheets.unitRow("000.00.25.I25", "UBND huyện Nhập", "Huyện", "", "2008-08-01", "2025-06-30"));
        rows.add(Sheets.unitRow("000.02.25.I25", "Phòng Tư pháp", "Cơ quan", "000.00.25.I25", "2008-08-01", ""));
        importUnits(Sheets.csv(rows), "text/csv", false).statusCode(200).body("created", equalTo(3));
        given().get("/api/v1/units/000.01.25.I25").then().statusCode(200)
                .body("level", equalTo("COMMUNE")).body("parentCode", equalTo("000.00.25.I25"));
        given().get("/api/v1/units/000.00.25.I25").then().body("validTo", equalTo("2025-06-30"));

        for (String format : List.of("csv", "xlsx")) {
            byte[] exported = given().auth().oauth2(ADMIN).queryParam("format", format).get("/api/v1/exports/units")
                    .then().statusCode(200).extract().asByteArray();
            importUnits(exported, format.equals("csv") ? "text/csv" : XLSX, false).statusCode(200)
                    .body("errors", empty()).body("created", equalTo(0)).body("updated", equalTo(0));
        }
        given().get("/api/v1/units/000.01.25.I25").then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void badUnitRowsAreReportedByColumn() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Sheets.unitRow("000.10.25.I25", "UBND xã Tốt", "Xã", "", "2008-08-01", ""));
        rows.add(Sheets.unitRow("000.11.25.i25", "", "Thôn", "999.99.99.Z99", "2008-13-01", ""));
        rows.add(Sheets.unitRow("000.12.25.I25", "UBND xã Mồ côi", "Xã", "999.99.99.Z99", "2008-08-01", "2000-01-01"));
        rows.add(Sheets.unitRow("000.13.25.I25", "Vòng A", "Xã", "000.14.25.I25", "2008-08-01", ""));
        rows.add(Sheets.unitRow("000.14.25.I25", "Vòng B", "Xã", "000.13.25.I25", "2008-08-01", ""));
        JsonPath report = importUnits(Sheets.csv(rows), "text/csv", true).statusCode(200)
                .body("rows", equalTo(5)).body("valid", equalTo(1)).extract().jsonPath();
        List<String> cells = report.getList("errors", Map.class).stream()
                .map(e -> e.get("row") + " " + e.get("column")).toList();
        assertThat(cells).containsExactlyInAnyOrder("3 Mã định danh", "3 Tên đơn vị", "3 Cấp", "3 Hiệu lực từ",
                "4 Hiệu lực đến", "5 Mã đơn vị cấp trên", "6 Mã đơn vị cấp trên");
        importUnits(Sheets.csv(rows), "text/csv", false).statusCode(422);
        given().get("/api/v1/units/000.10.25.I25").then().statusCode(404);
    }

    @Test
    void missingColumnsAreReportedOnRowOne() {
        byte[] file = "Mã thủ tục,Tên thủ tục\n2.500031,Thiếu cột\n".getBytes(StandardCharsets.UTF_8);
        importProcedures(file, "text/csv", true).statusCode(200)
                .body("rows", equalTo(1)).body("valid", equalTo(0))
                .body("errors.row", org.hamcrest.Matchers.everyItem(equalTo(1)))
                .body("errors.column", hasItem("Mã lĩnh vực"))
                .body("errors.message", hasItem("missing column"));
    }

    @Test
    void unreadableFilesAreProblems() {
        importProcedures(new byte[0], "text/csv", true).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        importProcedures(new byte[] {(byte) 0xC3, 0x28, 0x2C, 0x0A}, "text/csv", true).statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("is not UTF-8 text"));
        importProcedures("Mã thủ tục,\"Tên\n2.5,\"unterminated".getBytes(StandardCharsets.UTF_8), "text/csv", true)
                .statusCode(400).body("errors[0].field", equalTo("file"));
        importProcedures("not a workbook".getBytes(StandardCharsets.UTF_8), XLSX, true).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{}")
                .post("/api/v1/imports/procedures").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType("text/csv").body("a").queryParam("dryRun", "perhaps")
                .post("/api/v1/imports/procedures").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().auth().oauth2(ADMIN).queryParam("format", "pdf").get("/api/v1/exports/procedures")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    @Test
    void uploadsAreBounded() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        importProcedures(big, "text/csv", true).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void importAndExportNeedACatalogAdmin() {
        byte[] file = Sheets.csv(List.of(Sheets.procedureRow("2.500041", "Không quyền", "IMQ", "Hộ tịch (nhập)")));
        given().contentType("text/csv").body(file).post("/api/v1/imports/procedures").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.20.H26")).contentType("text/csv").body(file)
                .post("/api/v1/imports/procedures").then().statusCode(403);
        given().get("/api/v1/exports/procedures").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/exports/units").then().statusCode(403);
    }
}
