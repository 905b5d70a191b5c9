package vn.motcua.catalog.procedure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
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

/** Procedures 2.1xxxxx, field PRT. */
@QuarkusTest
class ProcedureResourceTest {

    @BeforeEach
    void fields() {
        TestCatalog.field("PRT", "Hộ tịch (thử)");
        TestCatalog.field("PRT2", "Chứng thực (thử)");
    }

    @Test
    void createdProcedureReadsBackInTheAgreedShape() {
        TestCatalog.create(TestCatalog.procedure("2.100001", "Thủ tục đăng ký khai sinh", "PRT"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/procedures/2.100001"))
                .header("ETag", equalTo("\"1\""));

        given().when().get("/api/v1/procedures/2.100001")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo("2.100001"))
                .body("name", equalTo("Thủ tục đăng ký khai sinh"))
                .body("field.code", equalTo("PRT"))
                .body("field.name", equalTo("Hộ tịch (thử)"))
                .body("levels", contains("COMMUNE"))
                .body("processingDays.IN_PERSON", equalTo(1))
                .body("processingDays.ONLINE", equalTo(1))
                .body("processingDays", not(hasKey("POSTAL")))
                .body("fees[0].name", equalTo("Lệ phí đăng ký khai sinh"))
                .body("fees[0].amountVnd", equalTo(0))
                .body("fees[0].note", equalTo("Miễn lệ phí"))
                .body("components[0].name", equalTo("Tờ khai đăng ký khai sinh"))
                .body("components[0].originals", equalTo(1))
                .body("components[0].copies", equalTo(0))
                .body("components[0]", hasKey("formUrl"))
                .body("components[0].formUrl", nullValue())
                .body("components[0].required", equalTo(true))
                .body("applicants", contains("CITIZEN"))
                .body("agency", equalTo("UBND cấp xã"))
                .body("result", equalTo("Giấy khai sinh"))
                .body("legalBases", contains("Luật Hộ tịch số 60/2014/QH13", "Nghị định 123/2015/NĐ-CP"))
                .body("onlineLevel", equalTo("FULL"))
                .body("essential", equalTo(true))
                .body("delegated", equalTo(false))
                .body("$", hasKey("delegatedBy"))
                .body("delegatedBy", nullValue())
                .body("effectiveFrom", equalTo("2023-01-01"))
                .body("effectiveTo", nullValue())
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
    }

    @Test
    void unknownProcedureIsA404Problem() {
        given().when().get("/api/v1/procedures/9.999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/not-found"))
                .body("detail", equalTo("no procedure 9.999999"));
    }

    @Test
    void ifNoneMatchGivesNotModified() {
        TestCatalog.ensure(TestCatalog.procedure("2.100002", "Cấp bản sao trích lục hộ tịch", "PRT"));
        String etag = TestCatalog.etag("/api/v1/procedures/2.100002");
        given().header("If-None-Match", etag).when().get("/api/v1/procedures/2.100002")
                .then().statusCode(304);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        TestCatalog.ensure(TestCatalog.procedure("2.100003", "Đăng ký kết hôn", "PRT"));
        Map<String, Object> body = TestCatalog.procedure("2.100003", "Đăng ký kết hôn lưu động", "PRT");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/procedures/2.100003")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/precondition-required"));

        String etag = TestCatalog.etag("/api/v1/procedures/2.100003");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).header("If-Match", etag)
                .when().put("/api/v1/procedures/2.100003")
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name", equalTo("Đăng ký kết hôn lưu động"));

        body.put("name", "Lost update");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).header("If-Match", etag)
                .when().put("/api/v1/procedures/2.100003")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/precondition-failed"));
        given().get("/api/v1/procedures/2.100003").then().body("name", equalTo("Đăng ký kết hôn lưu động"));
    }

    @Test
    void historyListsWhoChangedWhatWithOldAndNewValues() {
        TestCatalog.ensure(TestCatalog.procedure("2.100004", "Đăng ký khai tử", "PRT"));
        String etag = TestCatalog.etag("/api/v1/procedures/2.100004");
        Map<String, Object> body = TestCatalog.procedure("2.100004", "Đăng ký khai tử", "PRT2");
        body.put("processingDays", Map.of("IN_PERSON", 3));
        String editor = TestTokens.forRole("catalog-admin");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body).header("If-Match", etag)
                .put("/api/v1/procedures/2.100004").then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(ADMIN).when().get("/api/v1/procedures/2.100004/history")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].version", equalTo(2))
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].source", equalTo("API"))
                .body("items[0].changedBy", equalTo("test-catalog-admin"))
                .body("items[0].changes.field", containsInAnyOrder("field", "processingDays"))
                .body("items[0].changes.find { it.field == 'field' }.oldValue", equalTo("PRT"))
                .body("items[0].changes.find { it.field == 'field' }.newValue", equalTo("PRT2"))
                .body("items[0].changes.find { it.field == 'processingDays' }.oldValue.ONLINE", equalTo(1))
                .body("items[0].changes.find { it.field == 'processingDays' }.newValue", equalTo(Map.of("IN_PERSON", 3)))
                .body("items[1].action", equalTo("CREATED"))
                .body("items[1].version", equalTo(1))
                .body("items[1].changes.field", hasItem("name"));
    }

    @Test
    void sendingTheSameStateChangesNothing() {
        TestCatalog.ensure(TestCatalog.procedure("2.100005", "Đăng ký nhận cha, mẹ, con", "PRT"));
        String etag = TestCatalog.etag("/api/v1/procedures/2.100005");
        Map<String, Object> current = given().get("/api/v1/procedures/2.100005").then().extract().jsonPath().getMap("$");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(current).header("If-Match", etag)
                .when().put("/api/v1/procedures/2.100005")
                .then().statusCode(200).header("ETag", equalTo(etag)).body("version", equalTo(1));
        given().auth().oauth2(ADMIN).get("/api/v1/procedures/2.100005/history").then().body("total", equalTo(1));
    }

    @Test
    void retiredProcedureStaysReadable() {
        TestCatalog.ensure(TestCatalog.procedure("2.100006", "Đăng ký giám hộ", "PRT"));
        String etag = TestCatalog.etag("/api/v1/procedures/2.100006");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("effectiveTo", "2025-06-30"))
                .header("If-Match", etag)
                .when().post("/api/v1/procedures/2.100006/retire")
                .then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("effectiveTo", equalTo("2025-06-30"));
        given().get("/api/v1/procedures/2.100006").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}")
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.100006"))
                .when().post("/api/v1/procedures/2.100006/retire")
                .then().statusCode(409);
        given().auth().oauth2(ADMIN).get("/api/v1/procedures/2.100006/history")
                .then().body("items[0].action", equalTo("RETIRED"))
                .body("items[0].changes.field", containsInAnyOrder("effectiveTo", "status"));
    }

    @Test
    void invalidProcedureNamesEveryBadFieldAndWritesNothing() {
        Map<String, Object> body = TestCatalog.procedure("2.10007", " ", "NOPE");
        body.put("levels", List.of());
        body.put("processingDays", Map.of("IN_PERSON", -1));
        body.put("fees", List.of(TestCatalog.fee("Lệ phí", -5, null)));
        body.put("components", List.of(TestCatalog.component("Tờ khai", 1, 0, "ftp://x", true)));
        body.put("applicants", List.of());
        body.put("delegated", true);
        body.put("effectiveFrom", "2024-01-01");
        body.put("effectiveTo", "2023-01-01");
        TestCatalog.create(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/validation"))
                .body("errors.field", containsInAnyOrder("code", "name", "levels", "processingDays.IN_PERSON",
                        "fees[0].amountVnd", "components[0].formUrl", "applicants", "delegatedBy", "effectiveTo"));
        given().get("/api/v1/procedures/2.10007").then().statusCode(404);
    }

    @Test
    void unknownFieldIsNamed() {
        TestCatalog.create(TestCatalog.procedure("2.100008", "Thủ tục thử", "NOFIELD"))
                .statusCode(400)
                .body("errors[0].field", equalTo("field"))
                .body("errors[0].message", equalTo("no field NOFIELD"));
        given().get("/api/v1/procedures/2.100008").then().statusCode(404);
    }

    @Test
    void duplicateCodeIsAConflict() {
        TestCatalog.ensure(TestCatalog.procedure("2.100009", "Thủ tục gốc", "PRT"));
        TestCatalog.create(TestCatalog.procedure("2.100009", "Thủ tục trùng", "PRT")).statusCode(409);
        given().get("/api/v1/procedures/2.100009").then().body("name", equalTo("Thủ tục gốc"));
    }

    @Test
    void fieldMayBeJustItsCodeAndLocalSuffixesAreAccepted() {
        Map<String, Object> body = TestCatalog.procedure("2.100010.H26", "Thủ tục địa phương", "PRT");
        body.put("field", "PRT");
        TestCatalog.create(body).statusCode(201).body("field.code", equalTo("PRT"));
    }

    @Test
    void writesNeedACatalogAdminAndReadsArePublic() {
        Map<String, Object> body = TestCatalog.procedure("2.100011", "Không có quyền", "PRT");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/procedures")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.20.H26")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/procedures")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/procedures/2.100011").then().statusCode(404);
        TestCatalog.ensure(TestCatalog.procedure("2.100001", "Thủ tục đăng ký khai sinh", "PRT"));
        given().when().put("/api/v1/procedures/2.100001").then().statusCode(401);
        given().when().get("/api/v1/procedures/2.100001/history").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("analyst")).when().get("/api/v1/procedures/2.100001/history")
                .then().statusCode(403);
        given().when().get("/api/v1/procedures").then().statusCode(200);
    }
}
