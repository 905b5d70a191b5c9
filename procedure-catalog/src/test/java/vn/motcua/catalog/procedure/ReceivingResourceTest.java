package vn.motcua.catalog.procedure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.catalog.TestCatalog.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.TestCatalog;

/**
 * Who receives and who resolves a procedure: procedures 2.81xxxx in field RCV; units 000.xx.yy.U81 (a province, its
 * department and centre, a commune, a department that ended).
 */
@QuarkusTest
class ReceivingResourceTest {

    static final String PROVINCE = "000.00.00.U81";
    static final String DEPARTMENT = "000.02.00.U81";
    static final String CENTRE = "000.01.00.U81";
    static final String COMMUNE = "000.00.01.U81";
    static final String ENDED = "000.03.00.U81";

    static Map<String, Object> unit(String code, String level, String kind, String parent, String validTo) {
        return TestCatalog.unit(code, "Đơn vị " + code, level, kind, parent, "2020-01-01", validTo);
    }

    @BeforeEach
    void catalog() {
        TestCatalog.ensureUnit(unit(PROVINCE, "PROVINCE", "GOVERNMENT", null, null));
        TestCatalog.ensureUnit(unit(DEPARTMENT, "AGENCY", "DEPARTMENT", PROVINCE, null));
        TestCatalog.ensureUnit(unit(CENTRE, "AGENCY", "SERVICE_CENTRE", PROVINCE, null));
        TestCatalog.ensureUnit(unit(COMMUNE, "COMMUNE", "GOVERNMENT", PROVINCE, null));
        TestCatalog.ensureUnit(unit(ENDED, "AGENCY", "DEPARTMENT", PROVINCE, "2025-02-28"));
        TestCatalog.field("RCV", "Tiếp nhận (thử)");
    }

    static Map<String, Object> land(String code) {
        Map<String, Object> body = TestCatalog.procedure(code, "Đăng ký biến động đất đai", "RCV");
        body.put("levels", List.of("PROVINCE"));
        body.put("receiving", "ANY_CENTRE_OF_PROVINCE");
        body.put("resolvingAgencyCode", DEPARTMENT);
        return body;
    }

    @Test
    void createdPoliciesReadBackAndAreFoundBySearch() {
        TestCatalog.ensure(land("2.810001"));
        given().get("/api/v1/procedures/2.810001").then().statusCode(200)
                .body("receiving", equalTo("ANY_CENTRE_OF_PROVINCE"))
                .body("resolvingAgencyCode", equalTo(DEPARTMENT));
        given().queryParam("field", "RCV").queryParam("size", 100).get("/api/v1/procedures").then().statusCode(200)
                .body("items.find { it.code == '2.810001' }.receiving", equalTo("ANY_CENTRE_OF_PROVINCE"))
                .body("items.find { it.code == '2.810001' }.resolvingAgencyCode", equalTo(DEPARTMENT));

        // without the new properties (a client from before them): the competent unit, resolved by its level
        TestCatalog.ensure(TestCatalog.procedure("2.810002", "Đăng ký khai sinh", "RCV"));
        given().get("/api/v1/procedures/2.810002").then()
                .body("receiving", equalTo("COMPETENT_UNIT"))
                .body("resolvingAgencyCode", nullValue());
    }

    @Test
    void updateChangesBothAndTheHistoryListsThem() {
        TestCatalog.ensure(TestCatalog.procedure("2.810003", "Đăng ký kết hôn", "RCV"));
        Map<String, Object> body = TestCatalog.procedure("2.810003", "Đăng ký kết hôn", "RCV");
        body.put("receiving", "ANY_COMMUNE_OF_PROVINCE");
        body.put("resolvingAgencyCode", PROVINCE); // a province's people's committee may be named too
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.810003"))
                .put("/api/v1/procedures/2.810003")
                .then().statusCode(200)
                .body("receiving", equalTo("ANY_COMMUNE_OF_PROVINCE"))
                .body("resolvingAgencyCode", equalTo(PROVINCE))
                .body("version", equalTo(2));
        given().auth().oauth2(ADMIN).get("/api/v1/procedures/2.810003/history").then().statusCode(200)
                .body("items[0].changes.field", containsInAnyOrder("receiving", "resolvingAgencyCode"))
                .body("items[0].changes.find { it.field == 'receiving' }.oldValue", equalTo("COMPETENT_UNIT"))
                .body("items[0].changes.find { it.field == 'receiving' }.newValue", equalTo("ANY_COMMUNE_OF_PROVINCE"))
                .body("items[0].changes.find { it.field == 'resolvingAgencyCode' }.oldValue", nullValue())
                .body("items[0].changes.find { it.field == 'resolvingAgencyCode' }.newValue", equalTo(PROVINCE));
    }

    @Test
    void anAgencyThatCannotResolveIsA422NamingItAndNothingIsWritten() {
        for (String agency : List.of("000.99.00.U81", CENTRE, COMMUNE, ENDED)) {
            Map<String, Object> body = land("2.810004");
            body.put("resolvingAgencyCode", agency);
            TestCatalog.create(body)
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://motcua.vn/problems/unprocessable"))
                    .body("errors.field", containsInAnyOrder("resolvingAgencyCode"));
        }
        given().get("/api/v1/procedures/2.810004").then().statusCode(404);

        TestCatalog.ensure(land("2.810005"));
        Map<String, Object> body = land("2.810005");
        body.put("resolvingAgencyCode", CENTRE);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.810005"))
                .put("/api/v1/procedures/2.810005")
                .then().statusCode(422).body("errors[0].field", equalTo("resolvingAgencyCode"));
        given().get("/api/v1/procedures/2.810005").then().body("resolvingAgencyCode", equalTo(DEPARTMENT))
                .body("version", equalTo(1));
    }

    @Test
    void malformedPoliciesAre400sNamingTheField() {
        Map<String, Object> body = land("2.810006");
        body.put("resolvingAgencyCode", "sở tư pháp");
        body.put("receiving", "ANY_COMMUNE_OF_PROVINCE"); // a province-level procedure
        TestCatalog.create(body)
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("resolvingAgencyCode", "receiving"));
        body.put("receiving", "EVERYWHERE");
        TestCatalog.create(body).statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/procedures/2.810006").then().statusCode(404);
    }

    @Test
    void aUnitProceduresNameAsTheirResolvingAgencyStaysOneAndMayEnd() {
        String department = "000.04.00.U81";
        TestCatalog.ensureUnit(unit(department, "AGENCY", "DEPARTMENT", PROVINCE, null));
        Map<String, Object> procedure = land("2.810007");
        procedure.put("resolvingAgencyCode", department);
        TestCatalog.create(procedure).statusCode(201);

        Map<String, Object> centre = unit(department, "AGENCY", "SERVICE_CENTRE", PROVINCE, null);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(centre)
                .header("If-Match", TestCatalog.etag("/api/v1/units/" + department))
                .put("/api/v1/units/" + department)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2.810007"));
        given().get("/api/v1/units/" + department).then().body("kind", equalTo("DEPARTMENT"));

        // it may end (merged away): the procedure keeps naming it and can still be updated, a new one cannot name it
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("validTo", "2025-12-31"))
                .header("If-Match", TestCatalog.etag("/api/v1/units/" + department))
                .post("/api/v1/units/" + department + "/retire").then().statusCode(200);
        procedure.put("name", "Đăng ký biến động đất đai (sửa)");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(procedure)
                .header("If-Match", TestCatalog.etag("/api/v1/procedures/2.810007"))
                .put("/api/v1/procedures/2.810007")
                .then().statusCode(200).body("resolvingAgencyCode", equalTo(department));
        Map<String, Object> other = land("2.810008");
        other.put("resolvingAgencyCode", department);
        TestCatalog.create(other).statusCode(422).body("errors[0].message", equalTo("unit " + department
                + " ended on 2025-12-31"));
    }
}
