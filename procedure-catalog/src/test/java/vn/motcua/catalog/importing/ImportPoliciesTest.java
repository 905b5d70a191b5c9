package vn.motcua.catalog.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unit kinds and receiving policies in the import format: units 000.xx.26.I26, procedures 2.82xxxx in field IMR. */
@QuarkusTest
class ImportPoliciesTest {

    static final String PROVINCE = "000.00.26.I26";
    static final String CENTRE = "000.01.26.I26";
    static final String DEPARTMENT = "000.02.26.I26";

    static Map<String, String> unit(String code, String name, String level, String kind, String parent) {
        Map<String, String> row = Sheets.unitRow(code, name, level, parent, "2025-07-01", "");
        row.put(UnitColumns.KIND, kind);
        return row;
    }

    @BeforeEach
    void units() {
        List<Map<String, String>> rows = List.of(
                unit(PROVINCE, "UBND tỉnh Nhập", "Tỉnh", "", ""),
                unit(CENTRE, "Trung tâm Phục vụ hành chính công tỉnh Nhập", "Cơ quan",
                        "Trung tâm Phục vụ hành chính công", PROVINCE),
                unit(DEPARTMENT, "Sở Nông nghiệp và Môi trường tỉnh Nhập", "Cơ quan", "Cơ quan chuyên môn", PROVINCE));
        ImportExportTest.importUnits(Sheets.csv(rows), "text/csv", false).statusCode(200).body("errors", empty());
    }

    @Test
    void unitKindsImportAndABlankOrMissingKindKeepsTheStoredOne() {
        given().get("/api/v1/units/" + PROVINCE).then().body("kind", equalTo("GOVERNMENT"));
        given().get("/api/v1/units/" + CENTRE).then().body("kind", equalTo("SERVICE_CENTRE"));
        given().get("/api/v1/units/" + DEPARTMENT).then().body("kind", equalTo("DEPARTMENT"));

        // a file in the format from before kinds: the centre stays a centre
        List<Map<String, String>> old = List.of(Sheets.unitRow(CENTRE, "Trung tâm Phục vụ hành chính công tỉnh Nhập",
                "Cơ quan", PROVINCE, "2025-07-01", ""));
        ImportExportTest.importUnits(Sheets.csv(old), "text/csv", false).statusCode(200)
                .body("errors", empty()).body("unchanged", equalTo(1));
        given().get("/api/v1/units/" + CENTRE).then().body("kind", equalTo("SERVICE_CENTRE"));

        List<Map<String, String>> bad = List.of(
                unit("000.03.26.I26", "Phường", "Cơ quan", "Phường", PROVINCE),
                unit("000.04.26.I26", "Trung tâm mồ côi", "Cơ quan", "Trung tâm", ""),
                unit("000.05.26.I26", "UBND xã", "Xã", "Cơ quan chuyên môn", PROVINCE));
        JsonPath report = ImportExportTest.importUnits(Sheets.csv(bad), "text/csv", true).statusCode(200)
                .body("valid", equalTo(0)).extract().jsonPath();
        assertThat(report.getList("errors", Map.class).stream().map(e -> e.get("row") + " " + e.get("column")))
                .containsExactlyInAnyOrder("2 Loại đơn vị", "3 Mã đơn vị cấp trên", "4 Loại đơn vị");
    }

    static Map<String, String> procedure(String code, String levels, String receiving, String agency) {
        Map<String, String> row = Sheets.procedureRow(code, "Thủ tục " + code, "IMR", "Đất đai (nhập)");
        row.put(ProcedureColumns.LEVELS, levels);
        row.put(ProcedureColumns.RECEIVING, receiving);
        row.put(ProcedureColumns.RESOLVING_AGENCY, agency);
        return row;
    }

    @Test
    void receivingAndResolvingAgencyImportExportAndAreCheckedByColumn() {
        List<Map<String, String>> rows = List.of(
                procedure("2.820001", "Tỉnh", "Mọi Trung tâm trong tỉnh", DEPARTMENT),
                procedure("2.820002", "Xã", "Mọi xã trong tỉnh", ""),
                procedure("2.820003", "Xã", "", ""));
        ImportExportTest.importProcedures(Sheets.csv(rows), "text/csv", false).statusCode(200)
                .body("errors", empty()).body("created", equalTo(3));
        given().get("/api/v1/procedures/2.820001").then()
                .body("receiving", equalTo("ANY_CENTRE_OF_PROVINCE")).body("resolvingAgencyCode", equalTo(DEPARTMENT));
        given().get("/api/v1/procedures/2.820002").then()
                .body("receiving", equalTo("ANY_COMMUNE_OF_PROVINCE")).body("resolvingAgencyCode", nullValue());
        given().get("/api/v1/procedures/2.820003").then().body("receiving", equalTo("COMPETENT_UNIT"));

        String csv = new String(given().auth().oauth2(ADMIN).get("/api/v1/exports/procedures").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(",Phạm vi tiếp nhận,Mã cơ quan giải quyết,")
                .contains(",Mọi Trung tâm trong tỉnh," + DEPARTMENT + ",")
                .contains(",Tại đơn vị có thẩm quyền,,");

        List<Map<String, String>> bad = new ArrayList<>(List.of(
                procedure("2.820004", "Tỉnh", "Mọi Trung tâm trong tỉnh", CENTRE),
                procedure("2.820005", "Tỉnh", "Mọi xã trong tỉnh", ""),
                procedure("2.820006", "Xã", "Khắp nơi", ""),
                procedure("2.820007", "Tỉnh", "", "000.99.26.I26")));
        JsonPath report = ImportExportTest.importProcedures(Sheets.csv(bad), "text/csv", true).statusCode(200)
                .body("valid", equalTo(0)).extract().jsonPath();
        assertThat(report.getList("errors", Map.class).stream().map(e -> e.get("row") + " " + e.get("column")))
                .containsExactlyInAnyOrder("2 Mã cơ quan giải quyết", "3 Phạm vi tiếp nhận", "4 Phạm vi tiếp nhận",
                        "5 Mã cơ quan giải quyết");
        ImportExportTest.importProcedures(Sheets.csv(bad), "text/csv", false).statusCode(422);
        given().get("/api/v1/procedures/2.820004").then().statusCode(404);

        // the department 2.820001 names cannot become a centre through an import either
        List<Map<String, String>> centre = List.of(unit(DEPARTMENT, "Sở Nông nghiệp và Môi trường tỉnh Nhập",
                "Cơ quan", "Trung tâm", PROVINCE));
        ImportExportTest.importUnits(Sheets.csv(centre), "text/csv", true).statusCode(200)
                .body("errors.column", org.hamcrest.Matchers.contains(UnitColumns.KIND));
        given().get("/api/v1/units/" + DEPARTMENT).then().body("kind", equalTo("DEPARTMENT"));
    }
}
