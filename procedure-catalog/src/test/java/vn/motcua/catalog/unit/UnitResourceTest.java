package vn.motcua.catalog.unit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;
import vn.motcua.testing.TestTokens;

/** Units 000.xx.23.U01 (province U23 → district → communes, one merged away); procedures 2.3xxxxx, field UNT. */
@QuarkusTest
class UnitResourceTest {

    static final String PROVINCE = "000.00.00.U23";
    static final String DISTRICT = "000.00.23.U23";
    static final String COMMUNE_A = "000.01.23.U23";
    static final String COMMUNE_B = "000.02.23.U23";
    static final String MERGED = "000.03.23.U23";

    @BeforeEach
    void units() {
        TestCatalog.ensureUnit(TestCatalog.unit(PROVINCE, "UBND tỉnh Thử Nghiệm", "PROVINCE", null, "1997-01-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit(DISTRICT, "UBND huyện Gia Thử", "DISTRICT", PROVINCE, "2008-08-01",
                "2025-06-30"));
        TestCatalog.ensureUnit(TestCatalog.unit(COMMUNE_A, "UBND xã Bát Tràng", "COMMUNE", DISTRICT, "2008-08-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit(COMMUNE_B, "UBND xã Đông Dư", "COMMUNE", DISTRICT, "2008-08-01", null));
        TestCatalog.ensureUnit(TestCatalog.unit(MERGED, "UBND xã Đa Tốn", "COMMUNE", DISTRICT, "2008-08-01",
                "2019-12-31"));
        TestCatalog.field("UNT", "Đơn vị (thử)");
        TestCatalog.ensure(TestCatalog.procedure("2.300001", "Đăng ký thường trú", "UNT"));
        Map<String, Object> district = TestCatalog.procedure("2.300002", "Cấp giấy phép kinh doanh", "UNT");
        district.put("levels", List.of("DISTRICT"));
        TestCatalog.ensure(district);
        Map<String, Object> old = TestCatalog.procedure("2.300003", "Xác nhận tình trạng nhà ở", "UNT");
        old.put("effectiveFrom", "2010-01-01");
        old.put("effectiveTo", "2018-12-31");
        TestCatalog.ensure(old);
    }

    @Test
    void unitReadsBackInTheAgreedShape() {
        given().when().get("/api/v1/units/" + COMMUNE_A)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(COMMUNE_A))
                .body("name", equalTo("UBND xã Bát Tràng"))
                .body("level", equalTo("COMMUNE"))
                .body("parentCode", equalTo(DISTRICT))
                .body("validFrom", equalTo("2008-08-01"))
                .body("validTo", nullValue());
        given().when().get("/api/v1/units/000.99.23.U23").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsByLevelParentAndDate() {
        given().queryParam("parent", DISTRICT).queryParam("at", "2019-06-01").get("/api/v1/units")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.code", contains(COMMUNE_A, COMMUNE_B, MERGED));
        given().queryParam("parent", DISTRICT).queryParam("at", "2020-01-01").get("/api/v1/units")
                .then().body("items.code", contains(COMMUNE_A, COMMUNE_B));
        // the district was abolished on 1 July 2025: not listed today, but still there for earlier dates
        given().queryParam("level", "DISTRICT").queryParam("size", 100).get("/api/v1/units")
                .then().body("items.code", not(hasItem(DISTRICT)));
        given().queryParam("level", "DISTRICT").queryParam("at", "2024-01-01").queryParam("size", 100)
                .get("/api/v1/units").then().body("items.code", hasItem(DISTRICT));
        given().queryParam("parent", DISTRICT).queryParam("at", "2019-06-01").queryParam("size", 2)
                .get("/api/v1/units").then().header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        given().queryParam("level", "HAMLET").queryParam("at", "01/01/2020").get("/api/v1/units")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("level", "at"));
    }

    @Test
    void treeNestsChildrenAsOfTheDate() {
        List<Map<String, Object>> roots = given().queryParam("at", "2019-06-01").get("/api/v1/units/tree")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> province = roots.stream().filter(r -> PROVINCE.equals(r.get("code"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> districts = (List<Map<String, Object>>) province.get("children");
        assertThat(districts).extracting(d -> d.get("code")).contains(DISTRICT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> communes = (List<Map<String, Object>>) districts.stream()
                .filter(d -> DISTRICT.equals(d.get("code"))).findFirst().orElseThrow().get("children");
        assertThat(communes).extracting(c -> c.get("code")).containsExactly(COMMUNE_A, COMMUNE_B, MERGED);
        assertThat(communes.get(0)).containsEntry("name", "UBND xã Bát Tràng").containsEntry("level", "COMMUNE");

        // today the district is gone: its communes are roots of their own (no district level since July 2025)
        List<Map<String, Object>> today = given().get("/api/v1/units/tree").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(today).extracting(r -> r.get("code")).contains(PROVINCE, COMMUNE_A).doesNotContain(DISTRICT, MERGED);
    }

    @Test
    void proceduresAUnitOffers() {
        given().queryParam("field", "UNT").get("/api/v1/units/" + COMMUNE_A + "/procedures")
                .then().statusCode(200).body("items.code", contains("2.300001"));
        given().queryParam("field", "UNT").queryParam("at", "2024-01-01")
                .get("/api/v1/units/" + DISTRICT + "/procedures")
                .then().statusCode(200).body("items.code", contains("2.300002"))
                .body("items[0].name", equalTo("Cấp giấy phép kinh doanh"));
        // gone today
        given().queryParam("field", "UNT").get("/api/v1/units/" + DISTRICT + "/procedures")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("field", "UNT").queryParam("at", "2015-06-01")
                .get("/api/v1/units/" + MERGED + "/procedures")
                .then().body("items.code", contains("2.300003"));
        given().get("/api/v1/units/000.99.23.U23/procedures").then().statusCode(404);
    }

    @Test
    void adminCreatesUpdatesAndEndsUnitsWithETags() {
        Map<String, Object> unit = TestCatalog.unit("000.10.23.U23", "UBND xã Mới", "COMMUNE", DISTRICT, "2020-01-01",
                null);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit).post("/api/v1/units")
                .then().statusCode(201).header("Location", endsWith("/api/v1/units/000.10.23.U23"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit).post("/api/v1/units")
                .then().statusCode(409);

        unit.put("name", "UBND xã Mới Đổi Tên");
        unit.put("parentCode", PROVINCE);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit).put("/api/v1/units/000.10.23.U23")
                .then().statusCode(428);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit).header("If-Match", "\"7\"")
                .put("/api/v1/units/000.10.23.U23").then().statusCode(412);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit).header("If-Match", "\"1\"")
                .put("/api/v1/units/000.10.23.U23")
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("name", equalTo("UBND xã Mới Đổi Tên"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("validTo", "2025-06-30"))
                .header("If-Match", "\"2\"").post("/api/v1/units/000.10.23.U23/retire")
                .then().statusCode(200).body("validTo", equalTo("2025-06-30"));
        given().get("/api/v1/units/000.10.23.U23").then().statusCode(200).body("validTo", equalTo("2025-06-30"));

        given().auth().oauth2(ADMIN).get("/api/v1/units/000.10.23.U23/history")
                .then().statusCode(200)
                .body("items.action", contains("RETIRED", "UPDATED", "CREATED"))
                .body("items[1].changes.field", containsInAnyOrder("name", "parentCode"))
                .body("items[1].changes.find { it.field == 'parentCode' }.oldValue", equalTo(DISTRICT))
                .body("items[1].changes.find { it.field == 'parentCode' }.newValue", equalTo(PROVINCE));
    }

    @Test
    void invalidUnitsAreRejectedAndNothingIsWritten() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(TestCatalog.unit("000.ab.23", " ", "COMMUNE", "999.99.99.Z99", "2020-01-01", "2019-01-01"))
                .post("/api/v1/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name", "parentCode", "validTo"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(TestCatalog.unit("000.11.23.U23", "Xã", "COMMUNE", "999.99.99.Z99", "2020-01-01", null))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].message", equalTo("no unit 999.99.99.Z99"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(TestCatalog.unit("0".repeat(36), "Quá dài", "COMMUNE", null, "2020-01-01", null))
                .post("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"000.12.23.U23\",\"name\":\"X\",\"level\":\"HAMLET\",\"validFrom\":\"2020-01-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        // a cycle: the province under its own district
        Map<String, Object> province = TestCatalog.unit(PROVINCE, "UBND tỉnh Thử Nghiệm", "PROVINCE", DISTRICT,
                "1997-01-01", null);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(province)
                .header("If-Match", TestCatalog.etag("/api/v1/units/" + PROVINCE))
                .put("/api/v1/units/" + PROVINCE)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        given().get("/api/v1/units/" + PROVINCE).then().body("parentCode", nullValue());
        given().get("/api/v1/units/000.11.23.U23").then().statusCode(404);
    }

    @Test
    void writesNeedACatalogAdmin() {
        Map<String, Object> unit = TestCatalog.unit("000.13.23.U23", "Xã", "COMMUNE", null, "2020-01-01", null);
        given().contentType(ContentType.JSON).body(unit).post("/api/v1/units").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("officer", COMMUNE_A)).contentType(ContentType.JSON).body(unit)
                .post("/api/v1/units").then().statusCode(403);
        given().get("/api/v1/units/" + COMMUNE_A + "/history").then().statusCode(401);
    }
}
