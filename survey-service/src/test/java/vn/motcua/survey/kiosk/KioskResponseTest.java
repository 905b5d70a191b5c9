package vn.motcua.survey.kiosk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
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
}
