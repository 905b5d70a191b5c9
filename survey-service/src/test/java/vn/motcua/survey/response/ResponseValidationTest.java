package vn.motcua.survey.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;

/** Item 7: every bad input is a 400 problem naming the field, and nothing is written. */
@QuarkusTest
class ResponseValidationTest {

    private static final String UNIT = "000.00.53.H26";
    private final SurveyFixtures fixtures = new SurveyFixtures();
    private String token;
    private JsonPath survey;

    @BeforeEach
    void openSurvey() {
        token = fixtures.openSurvey(UNIT, Channel.ONLINE).surveyToken();
        survey = SurveyFixtures.awaitState(token, "OPEN");
    }

    private io.restassured.response.ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/surveys/{token}/responses", token)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void nothingWritten() {
        given().get("/api/v1/surveys/{token}", token).then().body("state", equalTo("OPEN"));
        given().auth().oauth2(TestTokens.forRole("analyst")).queryParam("unit", UNIT)
                .get("/api/v1/survey-results").then().statusCode(200).body("responses", equalTo(0));
    }

    @Test
    void scoresOutOfRange() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        answers(body).get(0).put("score", 6);
        answers(body).get(1).put("score", 0);
        post(body).body("type", equalTo("https://motcua.vn/problems/validation"))
                .body("errors.field", contains("answers[0].score", "answers[1].score"))
                .body("errors[0].message", equalTo("must be from 1 to 5"));
        nothingWritten();
    }

    @Test
    void missingRequiredAnswer() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        String required = firstRequired();
        answers(body).removeIf(a -> a.get("question").equals(required));
        post(body).body("errors.field", contains("answers"))
                .body("errors[0].message", equalTo("question " + required + " is required"));
        nothingWritten();
    }

    @Test
    void unknownQuestion() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        answers(body).add(new HashMap<>(Map.of("question", "NOT_A_QUESTION", "score", 3)));
        int index = answers(body).size() - 1;
        post(body).body("errors.field", contains("answers[" + index + "].question"))
                .body("errors[0].message", equalTo("unknown question NOT_A_QUESTION"));
        nothingWritten();
    }

    @Test
    void wrongQuestionnaireVersion() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        body.put("questionnaireVersion", survey.getInt("questionnaireVersion") + 100);
        post(body).body("errors.field", contains("questionnaireVersion"))
                .body("errors[0].message", equalTo("this survey answers questionnaire version "
                        + survey.getInt("questionnaireVersion")));
        body.remove("questionnaireVersion");
        post(body).body("errors.field", contains("questionnaireVersion"));
        nothingWritten();
    }

    @Test
    void commentTooLong() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        body.put("comment", "ý".repeat(1001));
        post(body).body("errors.field", contains("comment"))
                .body("errors[0].message", equalTo("at most 1000 characters"));
        nothingWritten();
    }

    @Test
    void malformedJsonAndWrongTypes() {
        post("{\"questionnaireVersion\": 1, \"answers\": [").body("type", equalTo("https://motcua.vn/problems/malformed-body"))
                .body("status", equalTo(400));
        post("{\"questionnaireVersion\": 1, \"answers\": [{\"question\": \"ACCESS_1\", \"score\": \"four\"}]}")
                .body("errors[0].field", equalTo("answers[0].score"));
        post(Map.of()).body("errors.field", hasItem("answers")).body("errors.field", hasItem("questionnaireVersion"));
        nothingWritten();
    }

    @Test
    void aQuestionAnsweredTwice() {
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        answers(body).add(new HashMap<>(answers(body).get(0)));
        int index = answers(body).size() - 1;
        post(body).body("errors.field", contains("answers[" + index + "].question"))
                .body("errors[0].message", containsString("answered twice"));
        nothingWritten();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.computeIfAbsent("answers", k -> new ArrayList<>());
    }

    private String firstRequired() {
        List<Map<String, Object>> questions = survey.getList("questionnaire.groups.questions.flatten()");
        return questions.stream().filter(q -> Boolean.TRUE.equals(q.get("required"))).map(q -> (String) q.get("code"))
                .findFirst().orElseThrow();
    }
}
