package vn.motcua.survey.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.Outcome;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * "A unit with its sub-units" from the events' unitAncestorCodes: a province P with districts D and D2; communes A
 * and B in D, C in D2. Every response was submitted through the public API or the kiosk, every survey came through
 * the real broker.
 */
@QuarkusTest
class SubUnitResultsTest {

    private static final String P = "000.00.00.H81";
    private static final String D = "000.00.81.H81";
    private static final String D2 = "000.00.82.H81";
    private static final String A = "000.01.81.H81";
    private static final String B = "000.02.81.H81";
    private static final String C = "000.03.82.H81";
    /** A second province, for the tests that must not change P's figures. */
    private static final String ELSEWHERE = "000.00.00.H82";
    private static final String NEAR = "000.00.83.H82";
    private static final String OTHER = "000.00.84.H82";
    private static final String ANALYST = TestTokens.forRole("analyst");

    private final SurveyFixtures fixtures = new SurveyFixtures();
    /** The province's responses are made once for the tests that read them (JUnit makes one instance per test). */
    private static boolean answered;

    @Inject
    EntityManager em;

    /** A 5, B 1, D itself 4, C 2, and a kiosk at A 3 (placed under D by what the events taught about A). */
    private void answerAcrossTheProvince() throws Exception {
        if (answered) {
            return;
        }
        DossierReceivedV1 atA = fixtures.openSurvey(A, List.of(D, P));
        SurveyFixtures.answer(atA, 5);
        SurveyFixtures.answer(fixtures.openSurvey(B, List.of(D, P)), 1);
        SurveyFixtures.answer(fixtures.openSurvey(D, List.of(P)), 4);
        SurveyFixtures.answer(fixtures.openSurvey(C, List.of(D2, P)), 2);
        String kiosk = given().auth().oauth2(TestTokens.forRole("kiosk", A)).contentType(ContentType.JSON)
                .body(SurveyFixtures.kioskBody(3))
                .post("/api/v1/kiosk/responses").then().statusCode(201).extract().path("responseId");

        // the kiosk's response is published with A's parents and name, learnt from the dossier events
        JsonNode event = TestEvents.JSON.readTree(fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED,
                r -> kiosk.equals(r.key()), Duration.ofSeconds(30)).get(0).value());
        assertThat(event.path("unitAncestorCodes")).extracting(JsonNode::asText).containsExactly(D, P);
        assertThat(event.path("unitName").asText()).isEqualTo("UBND xã thử nghiệm");
        answered = true;
    }

    private static JsonPath results(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/v1/survey-results")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aUnitComesWithItsSubUnitsUnlessAskedForItAlone() throws Exception {
        answerAcrossTheProvince();
        JsonPath district = results(ANALYST, Map.of("unit", D));
        assertThat(district.getBoolean("filter.includeSubUnits")).isTrue();
        assertThat(district.getInt("responses")).isEqualTo(4);
        assertThat(district.getInt("dossierResponses")).isEqualTo(3);
        assertThat(district.getInt("kioskResponses")).isEqualTo(1);
        assertThat(district.getInt("surveysOpened")).isEqualTo(3);
        assertThat(district.getInt("surveysAnswered")).isEqualTo(3);
        // A 5 and D 4 satisfied, B 1 and the kiosk's 3 not
        assertThat(district.getFloat("overall.satisfactionIndex")).isEqualTo(50.0f);

        JsonPath alone = results(ANALYST, Map.of("unit", D, "includeSubUnits", "false"));
        assertThat(alone.getBoolean("filter.includeSubUnits")).isFalse();
        assertThat(alone.getInt("responses")).isEqualTo(1);
        assertThat(alone.getInt("surveysOpened")).isEqualTo(1);
        assertThat(alone.getFloat("overall.satisfactionIndex")).isEqualTo(100.0f);

        assertThat(results(ANALYST, Map.of("unit", P)).getInt("responses")).isEqualTo(5);
        assertThat(results(ANALYST, Map.of("unit", D2)).getInt("responses")).isEqualTo(1);
        assertThat(results(ANALYST, Map.of("unit", A)).getInt("responses")).isEqualTo(2);
        assertThat(results(ANALYST, Map.of("unit", A)).getInt("kioskResponses")).isEqualTo(1);

        given().auth().oauth2(ANALYST).queryParam("unit", D).queryParam("includeSubUnits", "yes")
                .get("/api/v1/survey-results").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("includeSubUnits"));
    }

    @Test
    void theResponseEventCarriesTheParentsAtIntake() throws Exception {
        DossierReceivedV1 dossier = fixtures.openSurvey("000.04.85.H82", List.of("000.00.85.H82", ELSEWHERE));
        String id = SurveyFixtures.answer(dossier, 4);
        JsonNode event = TestEvents.JSON.readTree(fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED,
                r -> dossier.dossierId().toString().equals(r.key()), Duration.ofSeconds(30)).get(0).value());
        assertThat(event.path("responseId").asText()).isEqualTo(id);
        assertThat(event.path("unitAncestorCodes")).extracting(JsonNode::asText)
                .containsExactly("000.00.85.H82", ELSEWHERE);
    }

    @Test
    void anOfficerSeesTheirUnitWithItsSubUnitsAndNothingOutside() throws Exception {
        answerAcrossTheProvince();
        String districtOfficer = TestTokens.forRole("officer", D);
        JsonPath own = results(districtOfficer, Map.of());
        assertThat(own.getString("filter.unit")).isEqualTo(D);
        assertThat(own.getInt("responses")).isGreaterThanOrEqualTo(4);
        assertThat(own.getInt("responses")).isEqualTo(results(ANALYST, Map.of("unit", D)).getInt("responses"));
        assertThat(results(districtOfficer, Map.of("unit", A)).getInt("responses")).isEqualTo(2);
        assertThat(results(districtOfficer, Map.of("includeSubUnits", "false")).getInt("responses")).isEqualTo(1);

        for (String outside : List.of(D2, C, P, "000.09.99.H81")) {
            given().auth().oauth2(districtOfficer).queryParam("unit", outside).get("/api/v1/survey-results")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo("unit " + outside + " is neither your unit (" + D
                            + ") nor one of its sub-units"))
                    .body("errors[0].field", equalTo("unit"))
                    .body("responses", equalTo(null));
        }
        given().auth().oauth2(TestTokens.forRole("officer", A)).queryParam("unit", D).get("/api/v1/survey-results")
                .then().statusCode(403).body("errors[0].field", equalTo("unit"));
        assertThat(results(TestTokens.forRole("officer", A), Map.of()).getInt("responses")).isEqualTo(2);
    }

    @Test
    void theParentsAtIntakeWinOverTheResolutionsAndTheUnitTableKeepsTheLatest() {
        // the resolution arrives first and says the unit now sits under OTHER; the intake said NEAR: the survey
        // and its response keep NEAR, while the unit table learns OTHER (the later fact) for kiosk responses
        String unit = "000.05.83.H82";
        DossierReceivedV1 moved = SurveyFixtures.withAncestors(TestEvents.dossierReceived(unit, Channel.ONLINE),
                List.of(NEAR, ELSEWHERE));
        var resolved = SurveyFixtures.resolved(moved, Outcome.APPROVED);
        var resolvedLater = new DossierResolvedV1(resolved.dossierId(), resolved.receiptCode(), resolved.procedureCode(),
                resolved.procedureName(), null, null, unit, resolved.unitName(), resolved.unitLevel(),
                resolved.channel(), resolved.onlineLevel(), resolved.receivedAt(), resolved.dueAt(), Outcome.APPROVED,
                moved.receivedAt().plusDays(2), resolved.timeliness(), true, 2, List.of(OTHER, ELSEWHERE));
        fixtures.sendResolved(resolvedLater);
        fixtures.events.sendDossierReceived(moved);
        SurveyFixtures.awaitState(moved.surveyToken(), "OPEN");
        String responseId = SurveyFixtures.answer(moved, 5);
        assertThat(text("select array_to_string(unit_ancestor_codes, ',') from survey where dossier_id = ?1",
                moved.dossierId())).isEqualTo(NEAR + "," + ELSEWHERE);
        assertThat(text("select array_to_string(unit_ancestor_codes, ',') from survey_response where id = ?1",
                java.util.UUID.fromString(responseId))).isEqualTo(NEAR + "," + ELSEWHERE);
        assertThat(text("select array_to_string(ancestor_codes, ',') from unit where code = ?1", unit))
                .isEqualTo(OTHER + "," + ELSEWHERE);
        assertThat(results(ANALYST, Map.of("unit", NEAR)).getInt("responses")).isEqualTo(1);
        assertThat(results(ANALYST, Map.of("unit", OTHER)).getInt("responses")).isZero();

        // an intake that did not say (an early event): the resolution's parents fill in
        DossierReceivedV1 early = SurveyFixtures.withAncestors(
                TestEvents.dossierReceived("000.06.83.H82", Channel.ONLINE), null);
        fixtures.events.sendDossierReceived(early);
        fixtures.sendResolved(SurveyFixtures.withAncestors(SurveyFixtures.resolved(early, Outcome.APPROVED),
                List.of(NEAR, ELSEWHERE)));
        SurveyFixtures.awaitState(early.surveyToken(), "OPEN");
        assertThat(text("select array_to_string(unit_ancestor_codes, ',') from survey where dossier_id = ?1",
                early.dossierId())).isEqualTo(NEAR + "," + ELSEWHERE);
    }

    private String text(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult());
    }
}
