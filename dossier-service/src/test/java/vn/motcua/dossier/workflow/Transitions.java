package vn.motcua.dossier.workflow;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import vn.motcua.dossier.Intakes;

/** Transition requests for the workflow tests. */
public final class Transitions {

    private Transitions() {
    }

    public static Response act(String token, String id, String action, String etag, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.when().post("/api/v1/dossiers/{id}/{action}", id, action);
    }

    public static String etag(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .extract().header("ETag");
    }

    /** Performs an action that must succeed; returns the new ETag. */
    public static String ok(String token, String id, String action, Object body) {
        return act(token, id, action, etag(token, id), body).then().statusCode(200).extract().header("ETag");
    }

    /** A new birth registration at a fresh commune: {id, unit}. */
    public static String[] intake(String unit) {
        String id = Intakes.post(Intakes.officer(unit), Intakes.birth(unit)).then().statusCode(201).extract()
                .path("id");
        return new String[] {id, unit};
    }
}
