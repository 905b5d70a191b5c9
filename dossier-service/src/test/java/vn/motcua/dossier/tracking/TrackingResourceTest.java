package vn.motcua.dossier.tracking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.Intakes.officer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.workflow.Transitions;

@QuarkusTest
class TrackingResourceTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    AgroalDataSource db;

    /** A dossier just received at a fresh commune: its id, receipt code, lookup secret and unit. */
    record Filed(String id, String code, String secret, String unit) {
    }

    static Filed file() {
        String unit = CatalogStub.freshCommune();
        JsonPath body = Intakes.post(officer(unit), Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
        return new Filed(body.getString("id"), body.getString("receiptCode"), body.getString("lookupSecret"), unit);
    }

    /** A client address of its own for each caller, so that tests do not share the per-client count. */
    static String newClient() {
        int n = CLIENTS.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000;
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static Response track(String code, String secret, String client) {
        return given().header("X-Forwarded-For", client).header(TrackingResource.SECRET_HEADER, secret)
                .when().get("/api/v1/public/dossiers/{code}", code);
    }

    @Test
    void theRightSecretShowsStatusAndStepsWithoutPersonalData() {
        Filed filed = file();
        String token = officer(filed.unit());
        Transitions.ok(token, filed.id(), "start", Map.of("note", "Chuyển cho công chức Trần Thị Bình"));
        Transitions.ok(token, filed.id(), "supplement-requests",
                Map.of("missingItems", List.of("Bản sao CCCD của Nguyễn Văn An"), "note", "Gọi 0912345678"));
        Transitions.ok(token, filed.id(), "supplement-received", Map.of());
        Transitions.ok(token, filed.id(), "resolve", Map.of("outcome", "APPROVED"));
        String client = newClient();

        Response byHeader = track(filed.code(), filed.secret(), client);
        byHeader.then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .body("receiptCode", equalTo(filed.code()))
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("APPROVED"))
                .body("procedure.code", equalTo(CatalogStub.BIRTH))
                .body("procedure.name", equalTo("Thủ tục đăng ký khai sinh"))
                .body("unit.code", equalTo(filed.unit()))
                .body("unit.name", equalTo("UBND xã Thử Nghiệm " + filed.unit()));
        JsonPath body = byHeader.jsonPath();
        assertThat(body.getList("steps.action")).containsExactly("RECEIVE", "START", "REQUEST_SUPPLEMENT",
                "RECEIVE_SUPPLEMENT", "RESOLVE");
        assertThat(body.getList("steps.status")).containsExactly("RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED",
                "IN_PROGRESS", "RESOLVED");
        JsonPath history = given().auth().oauth2(token).get("/api/v1/dossiers/{id}/history", filed.id()).jsonPath();
        assertThat(body.getList("steps.at")).isEqualTo(history.getList("items.at"));
        JsonPath staffView = given().auth().oauth2(token).get("/api/v1/dossiers/{id}", filed.id()).jsonPath();
        assertThat(body.getString("receivedAt")).isEqualTo(staffView.getString("receivedAt"));
        assertThat(body.getString("dueAt")).isEqualTo(staffView.getString("dueAt"));
        assertThat(body.getString("dueDate")).isEqualTo(staffView.getString("dueDate"));
        assertThat(body.getString("resolvedAt")).isEqualTo(staffView.getString("resolvedAt"));

        String json = byHeader.asString();
        for (String personal : List.of("Nguyễn Văn An", "001090012345", "0912345678", "345 678", "an.nguyen",
                "thôn Đông", "test-officer", "Trần Thị Bình", "Nộp tại quầy", "Bản sao CCCD", "applicant", "note",
                "actor", filed.secret(), filed.id())) {
            assertThat(json).as("the public body must not contain %s", personal).doesNotContain(personal);
        }

        // the QR link's form: secret in the query, typed loosely (lower case, no dashes)
        String typed = filed.secret().replace("-", " ").toLowerCase();
        assertThat(given().header("X-Forwarded-For", client).queryParam("secret", typed)
                .when().get("/api/v1/public/dossiers/{code}", filed.code()).then().statusCode(200).extract()
                .asString()).isEqualTo(json);

        // successful lookups are not failures
        assertThat(failures("CODE", filed.code())).isZero();
        assertThat(failures("CLIENT", client)).isZero();
    }

    @Test
    void aWrongSecretAndAnUnknownCodeAnswerTheSame404() {
        Filed filed = file();
        String client = newClient();
        Response wrongSecret = track(filed.code(), "AAAA-BBBB-CCCC", client);
        String unknownCode = filed.unit() + "-200101-0001";
        Response unknown = track(unknownCode, filed.secret(), client);

        wrongSecret.then().statusCode(404).contentType("application/problem+json");
        unknown.then().statusCode(404).contentType("application/problem+json");
        Map<String, Object> a = wrongSecret.jsonPath().getMap("");
        Map<String, Object> b = unknown.jsonPath().getMap("");
        assertThat(a.get("instance")).isEqualTo("/api/v1/public/dossiers/" + filed.code());
        assertThat(b.get("instance")).isEqualTo("/api/v1/public/dossiers/" + unknownCode);
        a.remove("instance");
        b.remove("instance");
        assertThat(a).isEqualTo(b).containsEntry("status", 404)
                .containsEntry("detail", "no dossier with this receipt code and lookup secret");
        assertThat(wrongSecret.headers().asList().stream().map(h -> h.getName()).sorted().toList())
                .isEqualTo(unknown.headers().asList().stream().map(h -> h.getName()).sorted().toList());

        // both were counted: against each code and twice against the client
        assertThat(failures("CODE", filed.code())).isEqualTo(1);
        assertThat(failures("CODE", unknownCode)).isEqualTo(1);
        assertThat(failures("CLIENT", client)).isEqualTo(2);
    }

    @Test
    void afterFiveFailuresForACodeEvenTheRightSecretIs429UntilTheWindowEnds() {
        Filed filed = file();
        for (int i = 0; i < 5; i++) {
            track(filed.code(), "WRNG-SCRT-000" + i, newClient()).then().statusCode(404);
        }
        assertThat(failures("CODE", filed.code())).isEqualTo(5);

        Response refused = track(filed.code(), filed.secret(), newClient());
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/too-many-requests")).body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(refused.jsonPath().getString("detail")).contains(retryAfter + " seconds");
        // a refused lookup is not a further failure; other codes are not affected
        assertThat(failures("CODE", filed.code())).isEqualTo(5);
        Filed other = file();
        track(other.code(), other.secret(), newClient()).then().statusCode(200);

        // the window ends (as if 15 minutes passed): the right secret works again
        Intakes.execute(db, "update tracking_failure set window_start = now() - interval '15 minutes 1 second' "
                + "where scope = 'CODE' and subject = '" + filed.code() + "'");
        track(filed.code(), filed.secret(), newClient()).then().statusCode(200).body("status", equalTo("RECEIVED"));
        // a new failure starts a new window at one
        track(filed.code(), "WRNG-SCRT-0009", newClient()).then().statusCode(404);
        assertThat(failures("CODE", filed.code())).isEqualTo(1);
    }

    @Test
    void afterTwentyFailuresFromAClientItsLookupsAre429AndOtherClientsAreServed() {
        String client = newClient();
        String unit = CatalogStub.freshCommune();
        for (int i = 1; i <= 20; i++) {
            track(unit + "-200101-" + String.format("%04d", i), "AAAA-BBBB-CCCC", client).then().statusCode(404);
        }
        assertThat(failures("CLIENT", client)).isEqualTo(20);
        Filed filed = file();
        Response refused = track(filed.code(), filed.secret(), client);
        refused.then().statusCode(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        track(filed.code(), filed.secret(), newClient()).then().statusCode(200);
    }

    @Test
    void theCountsLiveInTheDatabaseSoEveryInstanceSeesThem() {
        Filed filed = file();
        // another instance counted five failures for this code in the current window
        Intakes.execute(db, "insert into tracking_failure (scope, subject, window_start, failures) values "
                + "('CODE', '" + filed.code() + "', now() - interval '10 minutes', 5)");
        Response refused = track(filed.code(), filed.secret(), newClient());
        refused.then().statusCode(429);
        // the window started 10 minutes ago: about 5 minutes are left
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(290L, 300L);
    }

    @Test
    void aMalformedCodeOrAMissingSecretIs400AndNotCounted() {
        String client = newClient();
        given().header("X-Forwarded-For", client).header(TrackingResource.SECRET_HEADER, "AAAA-BBBB-CCCC")
                .when().get("/api/v1/public/dossiers/{code}", "not a code").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("receiptCode"));
        Filed filed = file();
        given().header("X-Forwarded-For", client).when().get("/api/v1/public/dossiers/{code}", filed.code())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("secret"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("X-Lookup-Secret"));
        track(filed.code(), "x".repeat(5000), client).then().statusCode(404);
        assertThat(failures("CLIENT", client)).isEqualTo(1);
    }

    private long failures(String scope, String subject) {
        List<Map<String, Object>> rows = Intakes.query(db,
                "select failures from tracking_failure where scope = ? and subject = ?", scope, subject);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("failures")).longValue();
    }
}
