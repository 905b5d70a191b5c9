package vn.motcua.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.KnownDossiers.COMMUNE_1;
import static vn.motcua.reporting.KnownDossiers.DISTRICT;
import static vn.motcua.reporting.KnownDossiers.FROM;
import static vn.motcua.reporting.KnownDossiers.TO;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.testing.TestTokens;

/** Summary sentences and CSV/XLSX exports of the events in {@link KnownDossiers}. */
@QuarkusTest
class ReportResourceTest {

    private static final String ANALYST = TestTokens.forRole("analyst");
    private static final String VI_SUMMARY = "Trong 6 tháng đầu năm 2026, huyện Gia Lâm tiếp nhận 8 hồ sơ (cấp huyện 3, "
            + "cấp xã 5), trong đó 1 hồ sơ trực tuyến (12,5%); đã giải quyết 5 hồ sơ, 80,0% đúng hạn; còn 2 hồ sơ quá "
            + "hạn.";

    @BeforeEach
    void ingested() {
        KnownDossiers.ingested();
    }

    @Test
    void summaryInVietnameseWithTheFigures() {
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).contentType("application/json")
                .body("unit", equalTo(DISTRICT))
                .body("unitName", equalTo("Huyện Gia Lâm"))
                .body("language", equalTo("VI"))
                .body("receivedByLevel.DISTRICT", equalTo(3))
                .body("receivedByLevel.COMMUNE", equalTo(5))
                .body("figures.received.total", equalTo(8))
                .body("figures.resolved.onTimeRatePercent", equalTo(80.0f))
                .body("text", equalTo(VI_SUMMARY));
    }

    @Test
    void summaryInEnglishAndAsPlainText() {
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM).queryParam("to", TO)
                .header("Accept-Language", "en-GB,en;q=0.8")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .body("text", equalTo("In the first six months of 2026, huyện Gia Lâm received 8 dossiers (district "
                        + "level 3, commune level 5), of which 1 online (12.5%); 5 dossiers were resolved, 80.0% on "
                        + "time; 2 dossiers are overdue."));
        String text = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).accept("text/plain")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).contentType("text/plain").extract().asString();
        assertThat(text).isEqualTo(VI_SUMMARY);
    }

    @Test
    void aCommuneOfficerGetsTheirCommune() {
        given().auth().oauth2(TestTokens.forRole("officer", COMMUNE_1)).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-03-31").queryParam("lang", "vi")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .body("unit", equalTo(COMMUNE_1))
                .body("text", equalTo("Trong quý I năm 2026, xã Bát Tràng tiếp nhận 2 hồ sơ, trong đó 0 hồ sơ trực "
                        + "tuyến (0,0%); đã giải quyết 1 hồ sơ, 100,0% đúng hạn; còn 1 hồ sơ quá hạn."));
        given().auth().oauth2(TestTokens.forRole("officer", COMMUNE_1)).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("unit", DISTRICT)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(403).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void summaryNeedsAUnitAndValidParameters() {
        given().auth().oauth2(ANALYST).queryParam("from", FROM).queryParam("to", TO)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("lang", "de")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().when().get("/api/v1/reports/summary").then().statusCode(401);
    }

    @Test
    void kpiTableAsCsvWithVietnameseHeaders() {
        byte[] csv = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("groupBy", "UNIT").queryParam("format", "csv")
                .when().get("/api/v1/kpis")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"kpis.csv\""))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Mã nhóm,Tên nhóm,Tiếp nhận,Trực tiếp,Trực tuyến,Bưu chính,"
                + "Tỷ lệ trực tuyến (%),Đã giải quyết,Trước hạn,Đúng hạn,Trễ hạn,Tỷ lệ đúng hạn (%),Từ chối,Rút hồ sơ,"
                + "Đang giải quyết cuối kỳ,Quá hạn,Ngày xử lý trung bình,Ngày xử lý trung vị,Ngày xử lý P90,"
                + "Hồ sơ có thành phần số hóa,Thành phần tái sử dụng,Kết quả điện tử,Tỷ lệ cấp kết quả điện tử (%),"
                + "Chỉ số hài lòng (%),Lượt đánh giá,Tỷ lệ đúng hạn theo QĐ 766 (%)");
        // 766: D alone processed d1, d2 on time and d3 late, nothing in progress = 2 / 3; C1 processed d4 and d7
        // (withdrawn) on time, in progress d6 within time and d5 overdue = 3 / 4
        assertThat(lines[1]).isEqualTo(DISTRICT + ",Huyện Gia Lâm,3,1,1,1,33.3,3,1,1,1,66.7,1,0,0,0,9.0,10.0,13.2,"
                + "0,0,0,0.0,83.3,1,66.7");
        assertThat(lines[2]).isEqualTo(COMMUNE_1 + ",Xã Bát Tràng,4,3,0,1,0.0,1,1,0,0,100.0,0,1,2,1,2.0,2.0,2.0,"
                + "0,0,0,0.0,50.0,1,75.0");
    }

    @Test
    void seriesAsXlsxWithEnglishHeadersByAccept() throws Exception {
        byte[] xlsx = given().auth().oauth2(ANALYST).queryParam("unit", DISTRICT).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").queryParam("interval", "QUARTER")
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Accept-Language", "en")
                .when().get("/api/v1/kpis/series")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Period");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Received");
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("On-time rate (%)");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-Q1");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(80.0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("2026-Q4");
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.0);
        }
    }
}
