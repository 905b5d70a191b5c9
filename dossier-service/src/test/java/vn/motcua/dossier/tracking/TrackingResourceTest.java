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
    private static final String ALL_CODES = FailureThrottle.ALL_CODES;

    @Inject
    AgroalDataSource db;

    @Inject
    FailureThrottle throttle;

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
        assertThat(failures(client, filed.code())).isZero();
        assertThat(failures(client, ALL_CODES)).isZero();
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

        // both were counted against the client: on each code, and twice over all codes
        assertThat(failures(client, filed.code())).isEqualTo(1);
        assertThat(failures(client, unknownCode)).isEqualTo(1);
        assertThat(failures(client, ALL_CODES)).isEqualTo(2);
    }

    @Test
    void attackersFailingOnACitizensCodeDoNotLockTheCitizenOut() {
        Filed filed = file();
        // one attacker guesses until refused, thirty others guess a few times each: all on the citizen's code
        String attacker = newClient();
        for (int i = 0; i < 5; i++) {
            track(filed.code(), "WRNG-SCRT-000" + i, attacker).then().statusCode(404);
        }
        track(filed.code(), "WRNG-SCRT-0005", attacker).then().statusCode(429);
        for (int i = 0; i < 30; i++) {
            track(filed.code(), "WRNG-SCRT-00" + (10 + i), newClient()).then().statusCode(404);
        }
        assertThat(Intakes.count(db, "select coalesce(sum(failures), 0) from tracking_failure where receipt_code = ?",
                filed.code())).isEqualTo(35);

        // the citizen, from their own address, gets in with the right secret, and their failures were none
        String citizen = newClient();
        track(filed.code(), filed.secret(), citizen).then().statusCode(200).body("receiptCode", equalTo(filed.code()))
                .body("status", equalTo("RECEIVED"));
        // a typo of the citizen counts against the citizen only, and the right secret still works after it
        track(filed.code(), "WRNG-SCRT-0099", citizen).then().statusCode(404);
        track(filed.code(), filed.secret(), citizen).then().statusCode(200);
        assertThat(failures(citizen, filed.code())).isEqualTo(1);
    }

    @Test
    void aClientGuessingOneCodeIsRefusedEvenTheRightSecretUntilTheWindowEnds() {
        Filed filed = file();
        String guesser = newClient();
        for (int i = 0; i < 5; i++) {
            track(filed.code(), "WRNG-SCRT-000" + i, guesser).then().statusCode(404);
        }
        assertThat(failures(guesser, filed.code())).isEqualTo(5);

        // had it found the secret now, a 200 among the 429s would tell: the right secret is refused too
        Response refused = track(filed.code(), filed.secret(), guesser);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://motcua.vn/problems/too-many-requests")).body("status", equalTo(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
        assertThat(refused.jsonPath().getString("detail")).contains(retryAfter + " seconds");
        // a refused lookup is not a further failure; the client's other codes and other clients are served
        assertThat(failures(guesser, filed.code())).isEqualTo(5);
        Filed other = file();
        track(other.code(), other.secret(), guesser).then().statusCode(200);
        track(filed.code(), filed.secret(), newClient()).then().statusCode(200);

        // the window ends (as if 15 minutes passed): the right secret works again from that client
        Intakes.execute(db, "update tracking_failure set window_start = now() - interval '15 minutes 1 second' "
                + "where client = '" + guesser + "'");
        track(filed.code(), filed.secret(), guesser).then().statusCode(200).body("status", equalTo("RECEIVED"));
        // a new failure starts a new window at one
        track(filed.code(), "WRNG-SCRT-0009", guesser).then().statusCode(404);
        assertThat(failures(guesser, filed.code())).isEqualTo(1);
    }

    @Test
    void aClientGuessingOverManyCodesIsRefusedEverywhereAndOtherClientsAreServed() {
        String client = newClient();
        String unit = CatalogStub.freshCommune();
        for (int i = 1; i <= 20; i++) {
            track(unit + "-200101-" + String.format("%04d", i), "AAAA-BBBB-CCCC", client).then().statusCode(404);
        }
        assertThat(failures(client, ALL_CODES)).isEqualTo(20);
        Filed filed = file();
        Response refused = track(filed.code(), filed.secret(), client);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("from your address"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        track(filed.code(), filed.secret(), newClient()).then().statusCode(200);
    }

    @Test
    void theAddressesOfOneIpv6NetworkAreOneClient() {
        Filed filed = file();
        String network = "2001:db8:" + Integer.toHexString(CLIENTS.incrementAndGet()) + ":7:";
        for (int i = 1; i <= 5; i++) {
            track(filed.code(), "WRNG-SCRT-000" + i, network + ":" + i).then().statusCode(404);
        }
        track(filed.code(), filed.secret(), network + "abcd:1:2:3").then().statusCode(429);
        track(filed.code(), filed.secret(), "2001:db8:ffff:7::1").then().statusCode(200);
    }

    @Test
    void theCountsLiveInTheDatabaseSoEveryInstanceSeesThem() {
        Filed filed = file();
        String client = newClient();
        // another instance counted five failures of this client on this code in the current window
        Intakes.execute(db, "insert into tracking_failure (client, receipt_code, window_start, failures) values "
                + "('" + client + "', '" + filed.code() + "', now() - interval '10 minutes', 5)");
        Response refused = track(filed.code(), filed.secret(), client);
        refused.then().statusCode(429);
        // the window started 10 minutes ago: about 5 minutes are left
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(290L, 300L);
        // a failure here adds to the count another instance started
        String other = newClient();
        Intakes.execute(db, "insert into tracking_failure (client, receipt_code, window_start, failures) values "
                + "('" + other + "', '', now() - interval '1 minute', 19)");
        track(filed.code(), "WRNG-SCRT-0002", other).then().statusCode(404);
        assertThat(failures(other, ALL_CODES)).isEqualTo(20);
        track(filed.code(), filed.secret(), other).then().statusCode(429);
    }

    @Test
    void countsOfEndedWindowsNeitherBlockNorStay() {
        Filed filed = file();
        String ended = newClient();
        String current = newClient();
        Intakes.execute(db, "insert into tracking_failure (client, receipt_code, window_start, failures) values "
                + "('" + ended + "', '', now() - interval '16 minutes', 50), "
                + "('" + ended + "', '" + filed.code() + "', now() - interval '16 minutes', 50), "
                + "('" + current + "', '', now() - interval '14 minutes', 3)");
        track(filed.code(), filed.secret(), ended).then().statusCode(200);

        throttle.forgetEndedWindows();

        assertThat(Intakes.count(db, "select count(*) from tracking_failure where client = ?", ended)).isZero();
        assertThat(failures(current, ALL_CODES)).isEqualTo(3);
        assertThat(Intakes.count(db, "select count(*) from tracking_failure where window_start <= now() - "
                + "interval '15 minutes'")).isZero();
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
        assertThat(failures(client, ALL_CODES)).isEqualTo(1);
    }

    /** The client's failures on a code, or over all codes ({@link #ALL_CODES}), in the current window. */
    private long failures(String client, String receiptCode) {
        List<Map<String, Object>> rows = Intakes.query(db,
                "select failures from tracking_failure where client = ? and receipt_code = ?", client, receiptCode);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get("failures")).longValue();
    }
}
