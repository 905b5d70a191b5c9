package vn.motcua.dossier.workflow;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
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

    /** The dossier row's lifecycle columns and its history and outbox rows, to show that a refused request changed nothing. */
    public static Map<String, Object> snapshot(DataSource db, String id) {
        Map<String, Object> state = new HashMap<>(Intakes.query(db, "select status, version, due_at, original_due_at, "
                + "extension_reason, supplement_request_count, outcome, outcome_reason, resolved_at, apology_at, "
                + "appointment_date from dossier where id = ?::uuid", id).get(0));
        state.put("history", Intakes.count(db, "select count(*) from dossier_history where dossier_id = ?::uuid", id));
        state.put("outbox", Intakes.count(db, "select count(*) from outbox_event where aggregate_id = ?::uuid", id));
        return state;
    }

    /** A new birth registration at a fresh commune: {id, unit}. */
    public static String[] intake(String unit) {
        String id = Intakes.post(Intakes.officer(unit), Intakes.birth(unit)).then().statusCode(201).extract()
                .path("id");
        return new String[] {id, unit};
    }
}
