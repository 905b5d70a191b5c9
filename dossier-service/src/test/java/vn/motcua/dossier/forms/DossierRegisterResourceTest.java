package vn.motcua.dossier.forms;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.ok;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class DossierRegisterResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AgroalDataSource db;

    private static Response register(String token, String unit, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when()
                .get("/api/v1/units/{code}/dossier-register", unit);
    }

    private static Map<String, String> today() {
        String day = LocalDate.now(WorkingCalendar.BUSINESS_ZONE).toString();
        return Map.of("from", day, "to", day);
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        var copy = new java.util.HashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    private static LocalDateTime local(String offsetTime) {
        return OffsetDateTime.parse(offsetTime).atZoneSameInstant(WorkingCalendar.BUSINESS_ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private static void badRequest(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void theRegisterListsTheUnitsDossiersOfThePeriodAsA4LandscapePdfAndAsASpreadsheetCellByCell() throws IOException {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath returned = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
        JsonPath refused = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
        // another unit's dossier and one of the unit received last year are not in this register
        String other = CatalogStub.freshCommune();
        Intakes.post(officer(other), Intakes.birth(other)).then().statusCode(201);
        String old = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().path("id");
        Intakes.execute(db, "update dossier set received_at = now() - interval '400 days' where id = '" + old + "'");
        String id = returned.getString("id");
        ok(token, id, "start", null);
        ok(token, id, "resolve", Map.of("outcome", "APPROVED"));
        ok(token, id, "return", null);
        ok(token, refused.getString("id"), "refuse", Map.of("reason", "Không thuộc thẩm quyền"));
        // local times in Vietnam, as the sheet's date cells hold them
        String local = "to_char(%s at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI:SS')";
        List<Map<String, Object>> times = Intakes.query(db, "select " + local.formatted("at") + " t from "
                + "dossier_history where dossier_id = ?::uuid order by id", id);
        String resolvedAt = Intakes.query(db, "select " + local.formatted("resolved_at") + " t from dossier where "
                + "id = ?::uuid", id).get(0).get("t").toString();

        Response pdf = register(token, unit, today());
        pdf.then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store");
        SlipReader paper = SlipReader.read(pdf.asByteArray());
        assertThat(paper.pages()).allSatisfy(page -> {
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
        });
        String day = FormPage.DAY.format(LocalDate.now(WorkingCalendar.BUSINESS_ZONE));
        assertThat(paper.text()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND XÃ THỬ NGHIỆM " + unit, "SỔ THEO DÕI HỒ SƠ", "Từ ngày " + day + " đến ngày " + day + " (2 hồ sơ)",
                "(13)", returned.getString("receiptCode"), refused.getString("receiptCode"), "Nguyễn Văn An",
                "Số 5, thôn Đông, xã Thử Nghiệm, 0912345678", "Đã trả kết quả", "Từ chối tiếp nhận");
        assertThat(paper.qrCodes()).isEmpty();

        for (Response xlsx : List.of(register(token, unit, with(today(), "format", "xlsx")),
                given().auth().oauth2(token).accept(XLSX).queryParams(today())
                        .get("/api/v1/units/{code}/dossier-register", unit))) {
            xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition",
                    org.hamcrest.Matchers.startsWith("attachment; filename=\"so-theo-doi-" + unit));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
                Sheet sheet = workbook.getSheet(RegisterSheet.SHEET_NAME);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND XÃ THỬ NGHIỆM " + unit);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI HỒ SƠ");
                Row headings = sheet.getRow(RegisterSheet.FIRST_ROW - 2);
                for (int c = 0; c < DossierRegister.HEADINGS.size(); c++) {
                    assertThat(headings.getCell(c).getStringCellValue()).isEqualTo(DossierRegister.HEADINGS.get(c));
                    assertThat(sheet.getRow(RegisterSheet.FIRST_ROW - 1).getCell(c).getStringCellValue())
                            .isEqualTo("(" + (c + 1) + ")");
                }
                Row first = sheet.getRow(RegisterSheet.FIRST_ROW);
                assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo(returned.getString("receiptCode"));
                assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Thủ tục đăng ký khai sinh");
                assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1);
                assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Nguyễn Văn An");
                assertThat(first.getCell(5).getStringCellValue())
                        .isEqualTo("Số 5, thôn Đông, xã Thử Nghiệm, 0912345678");
                assertThat(first.getCell(6).getStringCellValue()).isEqualTo("UBND xã Thử Nghiệm " + unit);
                assertThat(first.getCell(7).getLocalDateTimeCellValue())
                        .isEqualTo(local(returned.getString("receivedAt")));
                assertThat(first.getCell(8).getLocalDateTimeCellValue()).isEqualTo(local(returned.getString("dueAt")));
                assertThat(first.getCell(9).getLocalDateTimeCellValue())
                        .isEqualTo(LocalDateTime.parse(times.get(0).get("t").toString()));
                assertThat(first.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse(resolvedAt));
                assertThat(first.getCell(11).getLocalDateTimeCellValue())
                        .isEqualTo(LocalDateTime.parse(times.get(2).get("t").toString()));
                assertThat(first.getCell(12).getStringCellValue()).isEqualTo("Đã trả kết quả");
                Row second = sheet.getRow(RegisterSheet.FIRST_ROW + 1);
                assertThat(second.getCell(1).getStringCellValue()).isEqualTo(refused.getString("receiptCode"));
                for (int c = 9; c <= 11; c++) {
                    assertThat(second.getCell(c).getCellType()).isEqualTo(CellType.BLANK);
                }
                assertThat(second.getCell(12).getStringCellValue()).isEqualTo("Từ chối tiếp nhận");
                assertThat(sheet.getRow(RegisterSheet.FIRST_ROW + 2)).isNull();
                assertThat(sheet.getRow(3)).as("an officer's copy is not masked").isNull();
            }
        }
    }

    @Test
    void parentsReadTheRegisterAnalystsReadItWithoutPersonalDataOtherUnitsGet404() throws IOException {
        String unit = CatalogStub.freshCommune();
        Intakes.post(officer(unit), Intakes.birth(unit)).then().statusCode(201);

        assertThat(SlipReader.read(register(officer(CatalogStub.DISTRICT), unit, today()).then().statusCode(200)
                .extract().asByteArray()).text()).contains("Nguyễn Văn An");
        Response analyst = register(TestTokens.forRole("analyst", CatalogStub.COMMUNE), unit,
                with(today(), "format", "xlsx"));
        analyst.then().statusCode(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(analyst.asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo(DossierRegister.MASKED_NOTE);
            Row row = workbook.getSheetAt(0).getRow(RegisterSheet.FIRST_ROW);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("N*** V** A");
            assertThat(row.getCell(5).getStringCellValue()).isEmpty();
        }
        for (String outsider : List.of(officer(CatalogStub.freshCommune()), officer(CatalogStub.freshDistrict()))) {
            register(outsider, unit, today()).then().statusCode(404).contentType("application/problem+json");
        }
        // a unit the catalog does not know, for an analyst too; a commune system has no register
        register(TestTokens.forRole("analyst", unit), "999.99.99.Z99", today()).then().statusCode(404);
        register(Intakes.communeSystem(unit), unit, today()).then().statusCode(403);
        given().queryParams(today()).get("/api/v1/units/{code}/dossier-register", unit).then().statusCode(401);
    }

    @Test
    void aMissingMalformedInvertedOrLongerThanAYearPeriodAndAnUnknownFormatAre400sNamingTheParameter() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        badRequest(register(token, unit, Map.of("to", "2026-01-31")), "from");
        badRequest(register(token, unit, Map.of("from", "2026-01-01")), "to");
        badRequest(register(token, unit, Map.of("from", "2026-13-01", "to", "2026-12-31")), "from");
        badRequest(register(token, unit, Map.of("from", "2026-02-01", "to", "2026-01-31")), "from");
        badRequest(register(token, unit, Map.of("from", "2026-01-01", "to", "2027-01-01")), "to");
        badRequest(register(token, unit, with(today(), "format", "docx")), "format");
        badRequest(register(token, "not a unit", today()), "code");
        // a whole year is one register
        register(token, unit, Map.of("from", "2026-01-01", "to", "2026-12-31")).then().statusCode(200)
                .contentType("application/pdf");
    }
}
