package vn.motcua.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.KnownDossiers;
import vn.motcua.testing.TestTokens;

/**
 * Bad input on every reporting endpoint that takes query parameters: a 400 (or 404 for a unit no event has named)
 * problem naming the parameter, never figures of a scope the caller did not ask for.
 */
@QuarkusTest
class BadInputTest {

    private static final String ANALYST = TestTokens.forRole("analyst");
    private static final List<String> PERIOD_ENDPOINTS = List.of("/api/v1/kpis", "/api/v1/kpis/series",
            "/api/v1/kpis/received", "/api/v1/reports/summary", "/api/v1/reports/ii06a", "/api/v1/scorecards",
            "/api/v1/charts/monthly-volume");

    @BeforeEach
    void ingested() {
        KnownDossiers.ingested();
    }

    @Test
    void anUnknownQueryParameterIsA400NamingIt() {
        for (String endpoint : PERIOD_ENDPOINTS) {
            given().auth().oauth2(ANALYST).queryParam("unitCode", KnownDossiers.DISTRICT)
                    .queryParam("unit", KnownDossiers.DISTRICT).queryParam("from", KnownDossiers.FROM)
                    .queryParam("to", KnownDossiers.TO).when().get(endpoint).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("unitCode"));
        }
        // the names are case-sensitive, as declared
        given().auth().oauth2(ANALYST).queryParam("unit", KnownDossiers.DISTRICT).queryParam("from", KnownDossiers.FROM)
                .queryParam("to", KnownDossiers.TO).queryParam("groupby", "UNIT").when().get("/api/v1/kpis").then()
                .statusCode(400).body("errors.field", contains("groupby"));
        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("force", "true")
                .when().get("/api/v1/read-models/rebuild/9b2f6c1e-4a7d-4e3b-8c5f-0d1e2f3a4b5c").then()
                .statusCode(400).body("errors.field", contains("force"));
    }

    @Test
    void aPeriodOverFiveYearsIsA400NamingTo() {
        for (String endpoint : PERIOD_ENDPOINTS) {
            given().auth().oauth2(ANALYST).queryParam("unit", KnownDossiers.DISTRICT)
                    .queryParam("from", "2020-01-01").queryParam("to", "2025-01-02").when().get(endpoint).then()
                    .statusCode(400).body("errors.field", contains("to"));
        }
    }

    @Test
    void aUnitNoEventHasNamedIsA404NamingUnit() {
        for (String endpoint : PERIOD_ENDPOINTS) {
            given().auth().oauth2(ANALYST).queryParam("unit", "000.99.99.Z99").queryParam("from", KnownDossiers.FROM)
                    .queryParam("to", KnownDossiers.TO).when().get(endpoint).then()
                    .statusCode(404).body("errors.field", contains("unit"));
        }
    }

    @Test
    void everyOperationIdIsLowerCamelCase() {
        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> operationIds = new ArrayList<>();
        paths.values().forEach(operations -> operations.values().forEach(operation -> {
            if (operation.get("operationId") != null) {
                operationIds.add((String) operation.get("operationId"));
            }
        }));
        assertThat(operationIds).contains("getKpis", "getKpiSeries", "getSummary", "getScorecard", "getFormII06a",
                "getReceivedKpis", "getChart", "rebuildReadModels", "getRebuild")
                .allMatch(id -> id.matches("[a-z]+([A-Z0-9][a-z0-9]*)*"), "lowerCamelCase");
        // and every operation has one
        long operations = paths.values().stream().mapToLong(Map::size).sum();
        assertThat(operationIds).hasSize((int) operations);
        assertThat(openApi.getList("paths.'/api/v1/kpis'.get.parameters.name")).contains("unitRole");
        assertThat(openApi.getString("paths.'/api/v1/kpis'.get.parameters.find { it.name == 'unitRole' }.description"))
                .contains("RESOLVING");
    }

    @Test
    void anUnknownUnitRoleIsNamed() {
        given().auth().oauth2(ANALYST).queryParam("unit", KnownDossiers.DISTRICT).queryParam("from", KnownDossiers.FROM)
                .queryParam("to", KnownDossiers.TO).queryParam("unitRole", "BOTH").when().get("/api/v1/scorecards")
                .then().statusCode(400).body("errors.field", contains("unitRole"))
                .body("status", equalTo(400));
    }
}
