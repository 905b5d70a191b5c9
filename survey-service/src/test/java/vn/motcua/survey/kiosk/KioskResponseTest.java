package vn.motcua.survey.kiosk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
class KioskResponseTest {

    private static final String UNIT = "000.00.61.H26";
    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void aKioskSubmitsAnAnonymousResponseForItsUnit() throws Exception {
        Map<String, Object> body = SurveyFixtures.kioskBody(3);
        body.put("comment", "Phòng chờ hơi nóng");
        String id = given().auth().oauth2(TestTokens.forRole("kiosk", UNIT)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/kiosk/responses")
                .then().statusCode(201)
                .body("unitCode", equalTo(UNIT))
                .body("questionnaireVersion", equalTo(body.get("questionnaireVersion")))
                .extract().path("responseId");

        var records = fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED, r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).doesNotContain("comment").doesNotContain("Phòng chờ");
        assertThat(SurveyFixtures.schemaViolations(records.get(0).value())).isEmpty();
        JsonNode payload = TestEvents.JSON.readTree(records.get(0).value());
        assertThat(payload.path("source").asText()).isEqualTo("KIOSK");
        assertThat(payload.has("dossierId")).isFalse();
        assertThat(payload.path("unitCode").asText()).isEqualTo(UNIT);
        assertThat(payload.path("groups").get(0).path("satisfied").asInt()).isZero();

        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("unit", UNIT)
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(1)).body("kioskResponses", equalTo(1))
                .body("overall.satisfactionIndex", equalTo(0.0f))
                .body("responseRatePercent", equalTo(null));
    }

    @Test
    void onlyAKioskWithAUnitMaySubmitAndBadInputIsRejected() {
        given().contentType(ContentType.JSON).body(SurveyFixtures.kioskBody(4)).when().post("/api/v1/kiosk/responses")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(TestTokens.forRole("officer", UNIT)).contentType(ContentType.JSON).body(SurveyFixtures.kioskBody(4))
                .when().post("/api/v1/kiosk/responses")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.forRole("kiosk")).contentType(ContentType.JSON).body(SurveyFixtures.kioskBody(4))
                .when().post("/api/v1/kiosk/responses")
                .then().statusCode(403).body("detail", equalTo("a kiosk token needs the unit of its desk"));
        Map<String, Object> bad = SurveyFixtures.kioskBody(9);
        given().auth().oauth2(TestTokens.forRole("kiosk", "000.00.62.H26")).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/kiosk/responses")
                .then().statusCode(400).body("errors[0].field", equalTo("answers[0].score"));
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("unit", "000.00.62.H26")
                .get("/api/v1/survey-results").then().statusCode(200).body("responses", equalTo(0));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsAndPublishesOnlyOnce() throws Exception {
        String unit = "000.00.63.H26";
        String kiosk = TestTokens.forRole("kiosk", unit);
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = SurveyFixtures.kioskBody(5);
        body.put("comment", "Wi-Fi chập chờn");

        // the tablet sends, times out and retries while the first attempt is still running; later once more
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<String> attempts = new java.util.ArrayList<>();
        try {
            java.util.concurrent.Callable<String> attempt = () -> kioskPost(kiosk, key, body).then().statusCode(201)
                    .extract().asString();
            for (var sent : pool.invokeAll(List.of(attempt, attempt, attempt))) {
                attempts.add(sent.get());
            }
        } finally {
            pool.shutdown();
        }
        String first = attempts.get(0);
        assertThat(attempts).containsOnly(first);
        assertThat(kioskPost(kiosk, key, body).then().statusCode(201).extract().asString()).isEqualTo(first);
        String responseId = JsonPath.from(first).getString("responseId");

        // the same key for another body is refused and changes nothing
        Map<String, Object> other = SurveyFixtures.kioskBody(1);
        kioskPost(kiosk, key, other).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("this Idempotency-Key was already used for a different response"))
                .body("idempotencyKey", equalTo("reused with another body"));

        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("unit", unit)
                .get("/api/v1/survey-results").then().statusCode(200)
                .body("responses", equalTo(1)).body("overall.satisfactionIndex", equalTo(100.0f));
        assertThat(count("select count(*) from survey_response where unit_code = ?1", unit)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where payload like ?1", "%\"unitCode\":\"" + unit + "\"%"))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from outbox_event where cast(aggregate_id as text) = ?1 and sent_at is not null", responseId) == 1);
        var published = fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED,
                r -> r.value().contains("\"unitCode\":\"" + unit + "\""), Duration.ofSeconds(5));
        assertThat(published).extracting(r -> r.key()).containsExactly(responseId);

        // keys belong to a kiosk's unit: another desk may use the same key
        String elsewhere = kioskPost(TestTokens.forRole("kiosk", "000.00.64.H26"), key, body).then().statusCode(201)
                .body("unitCode", equalTo("000.00.64.H26")).extract().path("responseId");
        assertThat(elsewhere).isNotEqualTo(responseId);

        kioskPost(kiosk, "short", body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(count("select count(*) from survey_response where unit_code = ?1", unit)).isEqualTo(1);

        // a refused body does not use the key up: the corrected retry is recorded
        String fresh = java.util.UUID.randomUUID().toString();
        kioskPost(kiosk, fresh, SurveyFixtures.kioskBody(9)).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].score"));
        kioskPost(kiosk, fresh, body).then().statusCode(201)
                .body("responseId", org.hamcrest.Matchers.not(equalTo(responseId)));
        assertThat(count("select count(*) from survey_response where unit_code = ?1", unit)).isEqualTo(2);
    }

    private static io.restassured.response.Response kioskPost(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/kiosk/responses");
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
