package vn.motcua.catalog.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/** Unit kinds through the API: units 000.xx.yy.U71 (a province, its centre and department, a commune). */
@QuarkusTest
class UnitKindResourceTest {

    static final String PROVINCE = "000.00.00.U71";
    static final String CENTRE = "000.01.00.U71";
    static final String DEPARTMENT = "000.02.00.U71";
    static final String COMMUNE = "000.00.01.U71";

    static Map<String, Object> unit(String code, String name, String level, String kind, String parent) {
        return TestCatalog.unit(code, name, level, kind, parent, "2025-07-01", null);
    }

    @BeforeEach
    void units() {
        TestCatalog.ensureUnit(unit(PROVINCE, "UBND tỉnh Bảy Mốt", "PROVINCE", null, null));
        TestCatalog.ensureUnit(unit(CENTRE, "Trung tâm Phục vụ hành chính công tỉnh Bảy Mốt", "AGENCY",
                "SERVICE_CENTRE", PROVINCE));
        TestCatalog.ensureUnit(unit(DEPARTMENT, "Sở Tư pháp tỉnh Bảy Mốt", "AGENCY", null, PROVINCE));
        TestCatalog.ensureUnit(unit(COMMUNE, "UBND xã Bảy Mốt", "COMMUNE", null, PROVINCE));
    }

    @Test
    void kindIsGivenOrDefaultsFromTheLevelAndIsShownEverywhere() {
        given().get("/api/v1/units/" + CENTRE).then().statusCode(200).body("kind", equalTo("SERVICE_CENTRE"));
        given().get("/api/v1/units/" + DEPARTMENT).then().body("kind", equalTo("DEPARTMENT"));
        given().get("/api/v1/units/" + PROVINCE).then().body("kind", equalTo("GOVERNMENT"));
        given().get("/api/v1/units/" + COMMUNE).then().body("kind", equalTo("GOVERNMENT"));
        given().queryParam("at", "2025-08-01").get("/api/v1/units/tree").then().statusCode(200)
                .body("find { it.code == '" + PROVINCE + "' }.kind", equalTo("GOVERNMENT"))
                .body("find { it.code == '" + PROVINCE + "' }.children.find { it.code == '" + CENTRE + "' }.kind",
                        equalTo("SERVICE_CENTRE"));
    }

    @Test
    void listingFiltersByKind() {
        given().queryParam("parent", PROVINCE).queryParam("kind", "SERVICE_CENTRE").get("/api/v1/units")
                .then().statusCode(200).body("items.code", contains(CENTRE)).body("items[0].kind",
                        equalTo("SERVICE_CENTRE"));
        given().queryParam("parent", PROVINCE).queryParam("kind", "GOVERNMENT").get("/api/v1/units")
                .then().body("items.code", contains(COMMUNE));
        given().queryParam("kind", "DEPARTMENT").queryParam("size", 100).get("/api/v1/units")
                .then().body("items.code", hasItem(DEPARTMENT)).body("items.code", not(hasItem(CENTRE)));
        given().queryParam("kind", "CENTRE").get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void updateKeepsOrChangesTheKindAndRecordsIt() {
        String code = "000.03.00.U71";
        TestCatalog.ensureUnit(unit(code, "Trung tâm Phục vụ hành chính công xã Bảy Mốt", "AGENCY", "SERVICE_CENTRE",
                COMMUNE));
        // an update without a kind (a client from before kinds) keeps it
        Map<String, Object> renamed = TestCatalog.unit(code, "Trung tâm Phục vụ HCC xã Bảy Mốt", "AGENCY", COMMUNE,
                "2025-07-01", null);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(renamed)
                .header("If-Match", TestCatalog.etag("/api/v1/units/" + code)).put("/api/v1/units/" + code)
                .then().statusCode(200).body("kind", equalTo("SERVICE_CENTRE"));
        renamed.put("kind", "DEPARTMENT");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(renamed)
                .header("If-Match", TestCatalog.etag("/api/v1/units/" + code)).put("/api/v1/units/" + code)
                .then().statusCode(200).body("kind", equalTo("DEPARTMENT"));
        given().auth().oauth2(ADMIN).get("/api/v1/units/" + code + "/history").then().statusCode(200)
                .body("items[0].changes.field", contains("kind"))
                .body("items[0].changes[0].oldValue", equalTo("SERVICE_CENTRE"))
                .body("items[0].changes[0].newValue", equalTo("DEPARTMENT"))
                .body("items[2].changes.find { it.field == 'kind' }.newValue", equalTo("SERVICE_CENTRE"));
    }

    @Test
    void aKindThatDoesNotFitIsRejectedAndNothingIsWritten() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(unit("000.04.00.U71", "Trung tâm", "AGENCY", "SERVICE_CENTRE", null))
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parentCode"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(unit("000.04.00.U71", "UBND", "AGENCY", "GOVERNMENT", PROVINCE))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors.field", contains("kind"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(unit("000.04.00.U71", "Sở", "PROVINCE", "DEPARTMENT", null))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("kind", "parentCode"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"000.04.00.U71\",\"name\":\"X\",\"level\":\"AGENCY\",\"kind\":\"OFFICE\","
                        + "\"parentCode\":\"" + PROVINCE + "\",\"validFrom\":\"2025-07-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/units/000.04.00.U71").then().statusCode(404);
    }
}
