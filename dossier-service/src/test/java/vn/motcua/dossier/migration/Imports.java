package vn.motcua.dossier.migration;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.dossier.Intakes;
import vn.motcua.testing.TestTokens;

/** Historical import requests for the migration tests. */
final class Imports {

    private Imports() {
    }

    static String admin() {
        return TestTokens.forRole("admin");
    }

    /** A past dossier for a stub-generated procedure (3 working days in every channel) at {@code unit}. */
    static Map<String, Object> dossier(String procedure, String unit, String receivedAt, Map<String, Object>... steps) {
        Map<String, Object> dossier = Intakes.generated(procedure, unit);
        dossier.put("legacyId", "test-platform:" + UUID.randomUUID());
        dossier.put("receivedAt", receivedAt);
        dossier.put("receivedBy", "le.thi.tiep.nhan");
        dossier.put("steps", new ArrayList<>(List.of(steps)));
        return dossier;
    }

    static Map<String, Object> step(String action, String at, Object... fields) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("action", action);
        step.put("at", at);
        step.put("actor", "tran.van.xu.ly");
        for (int i = 0; i < fields.length; i += 2) {
            step.put((String) fields[i], fields[i + 1]);
        }
        return step;
    }

    static Map<String, Object> batch(List<Map<String, Object>> dossiers) {
        return Map.of("dossiers", dossiers);
    }

    static Response post(String token, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/api/v1/dossier-imports");
    }
}
