package vn.motcua.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.testing.TestTokens;

/**
 * Test data through the API. Test classes share one database, so each uses its own codes (procedure codes
 * and field codes by class) and never assumes it is alone.
 */
public final class TestCatalog {

    public static final String ADMIN = TestTokens.forRole("catalog-admin");

    private TestCatalog() {
    }

    /** Creates the field unless it exists. */
    public static void field(String code, String name) {
        if (given().get("/api/v1/fields/" + code).statusCode() == 404) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", name))
                    .post("/api/v1/fields").then().statusCode(201);
        }
    }

    /** A complete, valid procedure body (a mutable map to adjust). */
    public static Map<String, Object> procedure(String code, String name, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("field", Map.of("code", field));
        body.put("levels", new ArrayList<>(List.of("COMMUNE")));
        body.put("processingDays", new LinkedHashMap<>(Map.of("IN_PERSON", 1, "ONLINE", 1)));
        body.put("fees", new ArrayList<>(List.of(fee("Lệ phí đăng ký khai sinh", 0, "Miễn lệ phí"))));
        body.put("components", new ArrayList<>(List.of(
                component("Tờ khai đăng ký khai sinh", 1, 0, null, true),
                component("Giấy chứng sinh", 1, 0, null, true))));
        body.put("applicants", new ArrayList<>(List.of("CITIZEN")));
        body.put("agency", "UBND cấp xã");
        body.put("result", "Giấy khai sinh");
        body.put("legalBases", new ArrayList<>(List.of("Luật Hộ tịch số 60/2014/QH13", "Nghị định 123/2015/NĐ-CP")));
        body.put("onlineLevel", "FULL");
        body.put("essential", true);
        body.put("delegated", false);
        body.put("delegatedBy", null);
        body.put("effectiveFrom", "2023-01-01");
        body.put("effectiveTo", null);
        return body;
    }

    public static Map<String, Object> fee(String name, long amount, String note) {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("name", name);
        fee.put("amountVnd", amount);
        fee.put("note", note);
        return fee;
    }

    public static Map<String, Object> component(String name, int originals, int copies, String formUrl,
            boolean required) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("name", name);
        component.put("originals", originals);
        component.put("copies", copies);
        component.put("formUrl", formUrl);
        component.put("required", required);
        return component;
    }

    public static ValidatableResponse create(Map<String, Object> procedure) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(procedure)
                .post("/api/v1/procedures").then();
    }

    /** Creates the procedure unless its code exists. */
    public static void ensure(Map<String, Object> procedure) {
        if (given().get("/api/v1/procedures/" + procedure.get("code")).statusCode() == 404) {
            create(procedure).statusCode(201);
        }
    }

    public static Map<String, Object> unit(String code, String name, String level, String parent, String validFrom,
            String validTo) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", code);
        unit.put("name", name);
        unit.put("level", level);
        unit.put("parentCode", parent);
        unit.put("validFrom", validFrom);
        unit.put("validTo", validTo);
        return unit;
    }

    /** A unit with its kind (GOVERNMENT, SERVICE_CENTRE, DEPARTMENT; null: the default for its level). */
    public static Map<String, Object> unit(String code, String name, String level, String kind, String parent,
            String validFrom, String validTo) {
        Map<String, Object> unit = unit(code, name, level, parent, validFrom, validTo);
        unit.put("kind", kind);
        return unit;
    }

    /** Creates the unit unless it exists. */
    public static void ensureUnit(Map<String, Object> unit) {
        if (given().get("/api/v1/units/" + unit.get("code")).statusCode() == 404) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(unit)
                    .post("/api/v1/units").then().statusCode(201);
        }
    }

    /** The ETag a GET of {@code path} returns. */
    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
