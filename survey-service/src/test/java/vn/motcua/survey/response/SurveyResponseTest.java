package vn.motcua.survey.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
class SurveyResponseTest {

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void theSurveyTokenIsKeptOnlyAsItsHashAndStillFindsTheSurvey() {
        DossierReceivedV1 dossier = fixtures.openSurvey("000.00.52.H26", Channel.ONLINE);
        SurveyFixtures.awaitState(dossier.surveyToken(), "OPEN");
        given().get("/api/v1/surveys/{token}", dossier.surveyToken()).then().statusCode(200)
                .body("token", equalTo(dossier.surveyToken()));

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select to_jsonb(s)::text, token_hash from survey s where dossier_id = ?1")
                .setParameter(1, dossier.dossierId()).getSingleResult());
        assertThat(row[0].toString()).doesNotContain(dossier.surveyToken()).doesNotContain("\"token\"");
        // the same SHA-256 (hex) dossier-service keeps, computed here by PostgreSQL
        assertThat(row[1]).isEqualTo(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select encode(sha256(convert_to(?1, 'UTF8')), 'hex')").setParameter(1, dossier.surveyToken())
                .getSingleResult()));
        // a token that differs in one character finds nothing
        String other = dossier.surveyToken().substring(1) + (dossier.surveyToken().charAt(0) == 'A' ? 'B' : 'A');
        given().get("/api/v1/surveys/{token}", other).then().statusCode(404);
    }

    @Test
    void aCitizenAnswersOnceAndTheResponseIsPublishedWithoutTheComment() throws Exception {
        DossierReceivedV1 dossier = fixtures.openSurvey("000.00.51.H26", Channel.IN_PERSON);
        var survey = SurveyFixtures.awaitState(dossier.surveyToken(), "OPEN");
        Map<String, Object> body = SurveyFixtures.body(survey, 4);
        body.put("comment", "Cán bộ nhiệt tình, bí mật riêng tư");

        String responseId = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/surveys/{token}/responses", dossier.surveyToken())
                .then().statusCode(201)
                .body("state", equalTo("ANSWERED"))
                .body("questionnaireVersion", equalTo(survey.getInt("questionnaireVersion")))
                .body("responseId", notNullValue())
                .extract().path("responseId");

        given().get("/api/v1/surveys/{token}", dossier.surveyToken()).then().statusCode(200)
                .body("state", equalTo("ANSWERED")).body("answeredAt", notNullValue());

        given().contentType(ContentType.JSON).body(SurveyFixtures.body(survey, 1))
                .when().post("/api/v1/surveys/{token}/responses", dossier.surveyToken())
                .then().statusCode(409).contentType("application/problem+json")
                .body("state", equalTo("ANSWERED"))
                .body("detail", equalTo("this survey has already been answered"));

        var records = fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED,
                r -> dossier.dossierId().toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        var record = records.get(0);
        assertThat(TestEvents.header(record, "ce_type")).isEqualTo(EventTypes.SURVEY_RESPONSE_SUBMITTED_V1);
        assertThat(TestEvents.header(record, "ce_source")).isEqualTo("/motcua/survey-service");
        assertThat(TestEvents.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TestEvents.header(record, "ce_id")).isNotBlank();
        assertThat(record.value()).doesNotContain("comment").doesNotContain("bí mật");
        assertThat(SurveyFixtures.schemaViolations(record.value())).isEmpty();
        JsonNode payload = TestEvents.JSON.readTree(record.value());
        assertThat(payload.path("responseId").asText()).isEqualTo(responseId);
        assertThat(payload.path("source").asText()).isEqualTo("DOSSIER");
        assertThat(payload.path("dossierId").asText()).isEqualTo(dossier.dossierId().toString());
        assertThat(payload.path("unitCode").asText()).isEqualTo("000.00.51.H26");
        assertThat(payload.path("procedureCode").asText()).isEqualTo("1.001193");
        assertThat(payload.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(payload.path("answers").size()).isEqualTo(SurveyFixtures.answers(survey, 4).size());
        assertThat(payload.path("answers").get(0).path("score").asInt()).isEqualTo(4);
        assertThat(payload.path("groups").get(0).path("satisfied").asInt())
                .isEqualTo(payload.path("groups").get(0).path("answered").asInt());
        assertThat(payload.path("submittedAt").asText()).contains("+07:00");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select comment from survey_response where dossier_id = ?1").setParameter(1, dossier.dossierId())
                .getSingleResult())).isEqualTo("Cán bộ nhiệt tình, bí mật riêng tư");
    }

    @Test
    void twoSimultaneousAnswersRecordOnlyOne() throws Exception {
        DossierReceivedV1 dossier = fixtures.openSurvey("000.00.55.H26", Channel.ONLINE);
        var survey = SurveyFixtures.awaitState(dossier.surveyToken(), "OPEN");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
            for (int i = 0; i < 4; i++) {
                int score = i + 1;
                tasks.add(() -> given().contentType(ContentType.JSON).body(SurveyFixtures.body(survey, score))
                        .post("/api/v1/surveys/{token}/responses", dossier.surveyToken()).statusCode());
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var future : pool.invokeAll(tasks)) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from survey_response where dossier_id = ?1").setParameter(1, dossier.dossierId())
                .getSingleResult()).longValue())).isEqualTo(1);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        given().get("/api/v1/surveys/{token}", "no-such-token").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("no survey for this token"));
        given().contentType(ContentType.JSON).body(Map.of("questionnaireVersion", 1))
                .when().post("/api/v1/surveys/{token}/responses", "no-such-token")
                .then().statusCode(404).body("detail", equalTo("no survey for this token"));
    }

    @Test
    void aSurveyNotYetOpenOrExpiredRefusesAnswersWithItsState() {
        DossierReceivedV1 pending = TestEvents.dossierReceived("000.00.52.H26", Channel.ONLINE);
        fixtures.events.sendDossierReceived(pending);
        SurveyFixtures.awaitState(pending.surveyToken(), "NOT_YET_OPEN");
        given().contentType(ContentType.JSON).body(Map.of("questionnaireVersion", 1, "answers",
                        java.util.List.of(Map.of("question", "ACCESS_1", "score", 5))))
                .when().post("/api/v1/surveys/{token}/responses", pending.surveyToken())
                .then().statusCode(409).contentType("application/problem+json")
                .body("state", equalTo("NOT_YET_OPEN"))
                .body("detail", equalTo("this survey opens when the dossier is resolved"));

        // resolved 31 days ago: the 30-day window has passed
        DossierReceivedV1 old = TestEvents.dossierReceived("000.00.52.H26", Channel.ONLINE);
        fixtures.events.sendDossierReceived(old);
        var resolution = SurveyFixtures.resolved(old, Outcome.APPROVED);
        fixtures.sendResolved(new DossierResolvedV1(resolution.dossierId(), resolution.receiptCode(),
                resolution.procedureCode(), resolution.procedureName(), null, null, resolution.unitCode(),
                resolution.unitName(), resolution.unitLevel(), resolution.channel(), resolution.onlineLevel(),
                resolution.receivedAt(), resolution.dueAt(), Outcome.APPROVED, resolution.resolvedAt().minusDays(31),
                resolution.timeliness(), true, 1, null));
        var expired = SurveyFixtures.awaitState(old.surveyToken(), "EXPIRED");
        assertThat(java.time.OffsetDateTime.parse(expired.getString("closesAt")).toInstant())
                .isEqualTo(resolution.resolvedAt().minusDays(1).toInstant());
        given().contentType(ContentType.JSON).body(SurveyFixtures.body(expired, 5))
                .when().post("/api/v1/surveys/{token}/responses", old.surveyToken())
                .then().statusCode(409).contentType("application/problem+json").body("state", equalTo("EXPIRED"))
                .body("detail", equalTo("this survey closed on " + resolution.resolvedAt().minusDays(1)
                        .atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from survey_response where dossier_id = ?1").setParameter(1, old.dossierId())
                .getSingleResult()).longValue())).isZero();
    }

    @Test
    void aSurveyAnswersTheVersionItOpenedWithEvenAfterANewOneIsPublished() throws Exception {
        DossierReceivedV1 dossier = fixtures.openSurvey("000.00.56.H26", Channel.ONLINE);
        var survey = SurveyFixtures.awaitState(dossier.surveyToken(), "OPEN");
        int opened = survey.getInt("questionnaireVersion");

        // admin publishes the same questions as a new version: the open survey keeps its own
        var current = given().get("/api/v1/questionnaires/current").then().statusCode(200).extract().jsonPath();
        int published = given().auth().oauth2(vn.motcua.testing.TestTokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", current.getMap("title"), "scale", current.getList("scale"),
                        "groups", current.getList("groups")))
                .post("/api/v1/questionnaires").then().statusCode(201).extract().path("version");
        assertThat(published).isGreaterThan(opened);
        given().get("/api/v1/surveys/{token}", dossier.surveyToken()).then().statusCode(200)
                .body("questionnaireVersion", equalTo(opened)).body("questionnaire.version", equalTo(opened));

        Map<String, Object> newer = SurveyFixtures.body(survey, 4);
        newer.put("questionnaireVersion", published);
        given().contentType(ContentType.JSON).body(newer)
                .post("/api/v1/surveys/{token}/responses", dossier.surveyToken())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("questionnaireVersion"))
                .body("errors[0].message", equalTo("this survey answers questionnaire version " + opened));
        given().get("/api/v1/surveys/{token}", dossier.surveyToken()).then().body("state", equalTo("OPEN"));

        given().contentType(ContentType.JSON).body(SurveyFixtures.body(survey, 4))
                .post("/api/v1/surveys/{token}/responses", dossier.surveyToken())
                .then().statusCode(201).body("questionnaireVersion", equalTo(opened));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select questionnaire_version from survey_response where dossier_id = ?1")
                .setParameter(1, dossier.dossierId()).getSingleResult()).intValue())).isEqualTo(opened);

        // a survey opening now answers the new version
        DossierReceivedV1 later = fixtures.openSurvey("000.00.56.H26", Channel.ONLINE);
        given().get("/api/v1/surveys/{token}", later.surveyToken()).then()
                .body("questionnaireVersion", org.hamcrest.Matchers.greaterThanOrEqualTo(published));
    }
}
