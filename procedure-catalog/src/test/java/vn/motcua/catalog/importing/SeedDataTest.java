package vn.motcua.catalog.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.procedure.ProcedureLevel;
import vn.motcua.catalog.procedure.Receiving;

/**
 * The seed dataset in procedure-catalog/seed imports without a single error and models Hanoi's 2025 structure. The
 * units are imported for real (their codes, .H26, are no other test's), the procedures only as a dry run.
 */
@QuarkusTest
class SeedDataTest {

    static byte[] seed(String file) throws IOException {
        Path path = Path.of("seed", file);
        if (!Files.exists(path)) {
            path = Path.of("procedure-catalog", "seed", file); // run from the repository root
        }
        return Files.readAllBytes(path);
    }

    static final String CITY = "000.00.00.H26";
    static final String GIA_LAM_DISTRICT = "000.00.20.H26";
    static final String AGRICULTURE_AND_ENVIRONMENT = "000.03.00.H26";
    static final List<String> NEW_COMMUNES = List.of("000.00.61.H26", "000.00.62.H26", "000.00.63.H26",
            "000.00.64.H26");

    @BeforeEach
    void seedUnits() throws IOException {
        given().auth().oauth2(ADMIN).contentType("text/csv").body(seed("units.csv")).queryParam("dryRun", false)
                .when().post("/api/v1/imports/units")
                .then().statusCode(200).body("errors", empty());
    }

    @Test
    void proceduresImportWithoutErrors() throws IOException {
        byte[] file = seed("procedures.csv");
        JsonPath report = given().auth().oauth2(ADMIN).contentType("text/csv").body(file)
                .queryParam("dryRun", true)
                .when().post("/api/v1/imports/procedures")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getInt("rows")).isGreaterThanOrEqualTo(100);
        assertThat(report.getInt("valid")).isEqualTo(report.getInt("rows"));

        Table table = TableReader.csv(file);
        int fieldColumn = table.columns().get(Table.headerKey(ProcedureColumns.FIELD_CODE));
        Set<String> fields = table.rows().stream().map(r -> r.cell(fieldColumn)).collect(Collectors.toSet());
        assertThat(fields).hasSizeGreaterThanOrEqualTo(10);

        // a land procedure any centre of the city receives and its department resolves; a civil-status one any
        // commune receives; the rest as before 2025
        Map<String, Integer> columns = table.columns();
        Map<String, vn.motcua.catalog.procedure.ProcedureDraft> byCode = table.rows().stream()
                .map(r -> ProcedureColumns.parse(r, columns).draft())
                .collect(Collectors.toMap(d -> d.code(), d -> d));
        assertThat(byCode.get("1.012753").receiving()).isEqualTo(Receiving.ANY_CENTRE_OF_PROVINCE);
        assertThat(byCode.get("1.012753").resolvingAgencyCode()).isEqualTo(AGRICULTURE_AND_ENVIRONMENT);
        assertThat(byCode.get("1.004873").receiving()).isEqualTo(Receiving.ANY_COMMUNE_OF_PROVINCE);
        assertThat(byCode.get("1.004873").levels()).contains(ProcedureLevel.COMMUNE);
        // the demo files commune-level procedures at the communes and processes them there
        assertThat(byCode.values()).filteredOn(d -> d.levels().contains(ProcedureLevel.COMMUNE))
                .allSatisfy(d -> assertThat(d.resolvingAgencyCode()).as(d.code()).isNull());
        for (String usedElsewhere : List.of("1.001193", "2.000635", "1.000894", "1.001776", "1.004227")) {
            assertThat(byCode.get(usedElsewhere).receiving()).as(usedElsewhere).isEqualTo(Receiving.COMPETENT_UNIT);
            assertThat(byCode.get(usedElsewhere).resolvingAgencyCode()).as(usedElsewhere).isNull();
        }
    }

    @Test
    void unitsModelHanoiSince1July2025AndKeepGiaLamBeforeIt() {
        given().queryParam("parent", CITY).queryParam("kind", "SERVICE_CENTRE").get("/api/v1/units")
                .then().statusCode(200).body("items.code", contains("000.01.00.H26"));
        given().queryParam("parent", CITY).queryParam("kind", "DEPARTMENT").get("/api/v1/units")
                .then().body("items.code", contains("000.02.00.H26", AGRICULTURE_AND_ENVIRONMENT, "000.04.00.H26",
                        "000.05.00.H26"));
        given().queryParam("parent", CITY).queryParam("kind", "GOVERNMENT").queryParam("at", "2025-07-01")
                .get("/api/v1/units").then().body("items.code", contains(NEW_COMMUNES.toArray()));
        for (String commune : NEW_COMMUNES) {
            given().get("/api/v1/units/" + commune).then().body("level", equalTo("COMMUNE"))
                    .body("kind", equalTo("GOVERNMENT")).body("validFrom", equalTo("2025-07-01"))
                    .body("validTo", nullValue());
            given().queryParam("parent", commune).get("/api/v1/units").then()
                    .body("items.kind", contains("SERVICE_CENTRE"));
        }
        // the day before: the district, its 22 communes and towns, its desk, no new commune
        given().queryParam("parent", GIA_LAM_DISTRICT).queryParam("level", "COMMUNE").queryParam("at", "2025-06-30")
                .queryParam("size", 100).get("/api/v1/units").then().body("total", equalTo(22));
        given().queryParam("parent", GIA_LAM_DISTRICT).queryParam("kind", "SERVICE_CENTRE")
                .queryParam("at", "2025-06-30").get("/api/v1/units")
                .then().body("items.code", contains("000.31.20.H26"));
        given().queryParam("parent", CITY).queryParam("at", "2025-06-30").queryParam("level", "COMMUNE")
                .get("/api/v1/units").then().body("total", equalTo(0));
        given().queryParam("parent", CITY).queryParam("level", "DISTRICT").get("/api/v1/units")
                .then().body("total", equalTo(0));
    }

    @Test
    void unitsImportWithoutErrorsOneDistrictAndItsTwentyTwoCommunes() throws IOException {
        byte[] file = seed("units.csv");
        JsonPath report = given().auth().oauth2(ADMIN).contentType("text/csv").body(file)
                .queryParam("dryRun", true)
                .when().post("/api/v1/imports/units")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getInt("valid")).isEqualTo(report.getInt("rows"));

        Table table = TableReader.csv(file);
        Map<String, Integer> columns = table.columns();
        List<UnitColumns.Parsed> units = table.rows().stream().map(r -> UnitColumns.parse(r, columns, code -> null))
                .toList();
        List<String> districts = units.stream().filter(u -> u.unit().level() == vn.motcua.catalog.unit.UnitLevel.DISTRICT)
                .map(u -> u.unit().code()).toList();
        assertThat(districts).hasSize(1);
        long communes = units.stream()
                .filter(u -> u.unit().level() == vn.motcua.catalog.unit.UnitLevel.COMMUNE)
                .filter(u -> districts.get(0).equals(u.unit().parentCode()))
                .count();
        assertThat(communes).isEqualTo(22);
    }
}
