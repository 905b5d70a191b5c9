package vn.motcua.catalog.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;
import vn.motcua.problem.SupportedDates;

/**
 * Every date the catalog reads, in a query or a body, is one of {@link SupportedDates}: both ends accepted, the
 * days beyond and the extremes Java can parse refused with a 400 naming the parameter, nothing written.
 * Procedures 2.7000xx, field FP1, units *.P27.
 */
@QuarkusTest
class SupportedDatesTest {

    private static final List<String> OUTSIDE = List.of("1899-12-31", "3000-01-01", "9999-12-31",
            "-999999999-01-01", "+999999999-12-31", "+10000-01-01");

    @Test
    void everyAtParameterTakesTheSupportedDatesAndNamesTheOthers() {
        TestCatalog.field("FP1", "Lĩnh vực thử ngày");
        Map<String, Object> lifelong = TestCatalog.procedure("2.700001", "Thủ tục áp dụng mọi ngày", "FP1");
        lifelong.put("effectiveFrom", "1900-01-01");
        lifelong.put("effectiveTo", "2999-12-31");
        TestCatalog.ensure(lifelong);
        TestCatalog.ensureUnit(TestCatalog.unit("000.00.00.P27", "Tỉnh thử ngày", "PROVINCE", null, "1900-01-01",
                null));

        for (String at : List.of("1900-01-01", "2999-12-31")) {
            given().queryParam("at", at).queryParam("field", "FP1").get("/api/v1/procedures").then().statusCode(200)
                    .body("items.code", contains("2.700001"));
            given().queryParam("at", at).get("/api/v1/units").then().statusCode(200)
                    .body("items.code", hasItem("000.00.00.P27"));
            given().queryParam("at", at).get("/api/v1/units/tree").then().statusCode(200);
            given().queryParam("at", at).get("/api/v1/units/000.00.00.P27/procedures").then().statusCode(200);
        }
        for (String path : List.of("/api/v1/procedures", "/api/v1/units", "/api/v1/units/tree",
                "/api/v1/units/000.00.00.P27/procedures", "/api/v1/units/000.00.00.P27/essential-poster.pdf")) {
            for (String at : OUTSIDE) {
                given().queryParam("at", at).get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors.field", contains("at"))
                        .body("errors.message", contains(SupportedDates.MESSAGE));
            }
        }
    }

    @Test
    void procedureAndUnitDatesOutsideTheRangeAreNamedAndWriteNothing() {
        TestCatalog.field("FP1", "Lĩnh vực thử ngày");
        for (String date : OUTSIDE) {
            Map<String, Object> early = TestCatalog.procedure("2.700002", "Thủ tục ngày lạ", "FP1");
            early.put("effectiveFrom", date);
            TestCatalog.create(early).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("effectiveFrom"))
                    .body("errors.message", contains(SupportedDates.MESSAGE));
            Map<String, Object> late = TestCatalog.procedure("2.700002", "Thủ tục ngày lạ", "FP1");
            late.put("effectiveTo", date);
            TestCatalog.create(late).statusCode(400).body("errors.field", contains("effectiveTo"));

            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(TestCatalog.unit("000.00.00.P28", "Tỉnh ngày lạ", "PROVINCE", null, date, null))
                    .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("validFrom"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(TestCatalog.unit("000.00.00.P28", "Tỉnh ngày lạ", "PROVINCE", null, "2008-08-01", date))
                    .post("/api/v1/units").then().statusCode(400).body("errors.field", contains("validTo"));
        }
        given().get("/api/v1/procedures/2.700002").then().statusCode(404);
        given().get("/api/v1/units/000.00.00.P28").then().statusCode(404);
    }

    @Test
    void retiringOnADayOutsideTheRangeIsNamedAndChangesNothing() {
        TestCatalog.field("FP1", "Lĩnh vực thử ngày");
        TestCatalog.ensure(TestCatalog.procedure("2.700003", "Thủ tục sắp bỏ", "FP1"));
        TestCatalog.ensureUnit(TestCatalog.unit("000.00.00.P29", "Tỉnh sắp nhập", "PROVINCE", null, "2008-08-01",
                null));
        String procedureTag = TestCatalog.etag("/api/v1/procedures/2.700003");
        String unitTag = TestCatalog.etag("/api/v1/units/000.00.00.P29");
        for (String date : OUTSIDE) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", procedureTag)
                    .body(Map.of("effectiveTo", date)).post("/api/v1/procedures/2.700003/retire").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("effectiveTo"));
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", unitTag)
                    .body(Map.of("validTo", date)).post("/api/v1/units/000.00.00.P29/retire").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", contains("validTo"));
        }
        assertThat(TestCatalog.etag("/api/v1/procedures/2.700003")).isEqualTo(procedureTag);
        given().get("/api/v1/procedures/2.700003").then().body("status", equalTo("ACTIVE"));
        given().get("/api/v1/units/000.00.00.P29").then().header("ETag", equalTo(unitTag))
                .body("validTo", equalTo(null));
        // the last supported day is a day a unit may end on
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", unitTag)
                .body(Map.of("validTo", "2999-12-31")).post("/api/v1/units/000.00.00.P29/retire").then()
                .statusCode(200).body("validTo", equalTo("2999-12-31"));
    }
}
