package vn.motcua.catalog.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;

/** The seed dataset in procedure-catalog/seed imports without a single error (dry run: nothing is written). */
@QuarkusTest
class SeedDataTest {

    static byte[] seed(String file) throws IOException {
        Path path = Path.of("seed", file);
        if (!Files.exists(path)) {
            path = Path.of("procedure-catalog", "seed", file); // run from the repository root
        }
        return Files.readAllBytes(path);
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
        List<UnitColumns.Parsed> units = table.rows().stream().map(r -> UnitColumns.parse(r, columns, code -> null)).toList();
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
