package vn.motcua.catalog.field;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestTokens;

@QuarkusTest
class FieldResourceTest {

    private static final String ADMIN = TestTokens.forRole("catalog-admin");

    @Test
    void adminCreatesAFieldThatAnyoneCanRead() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "HT", "name", "  Hộ tịch "))
                .when().post("/api/v1/fields")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/fields/HT"))
                .body("code", equalTo("HT"))
                .body("name", equalTo("Hộ tịch"));

        given().when().get("/api/v1/fields/HT")
                .then().statusCode(200).body("name", equalTo("Hộ tịch"));
        given().when().get("/api/v1/fields")
                .then().statusCode(200).body("code", hasItem("HT"));
    }

    @Test
    void duplicateCodeIsAConflictAndKeepsTheFirst() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "DD", "name", "Đất đai")).post("/api/v1/fields").then().statusCode(201);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "DD", "name", "Something else"))
                .when().post("/api/v1/fields")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/conflict"))
                .body("detail", equalTo("field DD already exists"));
        given().get("/api/v1/fields/DD").then().body("name", equalTo("Đất đai"));
    }

    @Test
    void invalidFieldsAreListedAndNothingIsWritten() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "name", " "))
                .when().post("/api/v1/fields")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/fields"))
                .body("errors.field", containsInAnyOrder("code", "name"));
        given().get("/api/v1/fields").then().body("code", not(hasItem("bad code")));
    }

    @Test
    void malformedJsonNamesTheProblem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"code\": \"XX\", \"name\": ")
                .when().post("/api/v1/fields")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/malformed-body"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"code\": [1], \"name\": \"x\"}")
                .when().post("/api/v1/fields")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().get("/api/v1/fields/XX").then().statusCode(404);
    }

    @Test
    void writingNeedsACatalogAdminToken() {
        given().contentType(ContentType.JSON).body(Map.of("code", "NT", "name", "No token"))
                .when().post("/api/v1/fields")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.20.H26"))
                .contentType(ContentType.JSON).body(Map.of("code", "NT", "name", "Wrong role"))
                .when().post("/api/v1/fields")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth().oauth2(TestTokens.expired("catalog-admin", null))
                .contentType(ContentType.JSON).body(Map.of("code", "NT", "name", "Expired"))
                .when().post("/api/v1/fields").then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByAnotherKey("catalog-admin", null))
                .contentType(ContentType.JSON).body(Map.of("code", "NT", "name", "Forged"))
                .when().post("/api/v1/fields").then().statusCode(401);
        given().get("/api/v1/fields/NT").then().statusCode(404)
                .contentType("application/problem+json").body("$", not(hasKey("errors")));
    }
}
