package vn.motcua.catalog.field;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/** Fields FA1…; procedures 2.6xxxxx. */
@QuarkusTest
class FieldAdminTest {

    @Test
    void renamingAFieldNeedsItsETagAndChangesWhatItsProceduresAreFoundBy() {
        TestCatalog.field("FA1", "Lĩnh vực cũ");
        TestCatalog.ensure(TestCatalog.procedure("2.600001", "Thủ tục thuộc lĩnh vực đổi tên", "FA1"));
        given().get("/api/v1/fields/FA1").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE"));

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Quản lý biển đảo"))
                .put("/api/v1/fields/FA1").then().statusCode(428);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Quản lý biển đảo"))
                .header("If-Match", "\"9\"").put("/api/v1/fields/FA1").then().statusCode(412);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Quản lý biển đảo"))
                .header("If-Match", "\"1\"").put("/api/v1/fields/FA1")
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("name", equalTo("Quản lý biển đảo"));

        given().queryParam("q", "bien dao").queryParam("size", 100).get("/api/v1/procedures")
                .then().statusCode(200).body("items.code", hasItem("2.600001"));
        given().get("/api/v1/procedures/2.600001").then().body("field.name", equalTo("Quản lý biển đảo"));
        given().auth().oauth2(ADMIN).get("/api/v1/fields/FA1/history").then().statusCode(200)
                .body("items.action", contains("UPDATED", "CREATED"))
                .body("items[0].changes[0].field", equalTo("name"))
                .body("items[0].changes[0].oldValue", equalTo("Lĩnh vực cũ"));
    }

    @Test
    void aRetiredFieldKeepsItsProceduresButTakesNoNewOnes() {
        TestCatalog.field("FA2", "Lĩnh vực sắp bỏ");
        TestCatalog.ensure(TestCatalog.procedure("2.600002", "Thủ tục giữ lĩnh vực", "FA2"));
        given().auth().oauth2(ADMIN).header("If-Match", TestCatalog.etag("/api/v1/fields/FA2"))
                .post("/api/v1/fields/FA2/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(ADMIN).header("If-Match", TestCatalog.etag("/api/v1/fields/FA2"))
                .post("/api/v1/fields/FA2/retire").then().statusCode(409);

        TestCatalog.create(TestCatalog.procedure("2.600003", "Thủ tục mới", "FA2"))
                .statusCode(400).body("errors[0].field", equalTo("field"))
                .body("errors[0].message", equalTo("field FA2 is retired"));
        // the procedure already filed under it can still be edited
        Map<String, Object> edited = TestCatalog.procedure("2.600002", "Thủ tục giữ lĩnh vực (sửa)", "FA2");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(edited)
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.600002"))
                .put("/api/v1/procedures/2.600002").then().statusCode(200);
        given().get("/api/v1/fields").then().body("find { it.code == 'FA2' }.status", equalTo("RETIRED"));
    }

    @Test
    void renamingNeedsACatalogAdminAndAValidName() {
        TestCatalog.field("FA3", "Lĩnh vực ba");
        given().contentType(ContentType.JSON).body(Map.of("name", "X")).header("If-Match", "\"1\"")
                .put("/api/v1/fields/FA3").then().statusCode(401);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", " "))
                .header("If-Match", "\"1\"").put("/api/v1/fields/FA3")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "X"))
                .header("If-Match", "\"1\"").put("/api/v1/fields/NOPE").then().statusCode(404);
        given().get("/api/v1/fields/FA3").then().body("name", equalTo("Lĩnh vực ba"));
    }
}
