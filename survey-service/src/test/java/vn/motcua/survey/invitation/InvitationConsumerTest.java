package vn.motcua.survey.invitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.kafka.TestEvents;

/** dossier-received and dossier-resolved through the real broker, read back through the public survey API. */
@QuarkusTest
class InvitationConsumerTest {

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void receivedStoresTheSurveyNotYetOpenAndResolvedOpensItForThirtyDays() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.41.H26", Channel.ONLINE);
        fixtures.events.sendDossierReceived(received);
        var survey = SurveyFixtures.awaitState(received.surveyToken(), "NOT_YET_OPEN");
        assertThat(survey.getString("unitCode")).isEqualTo("000.00.41.H26");
        assertThat(survey.getString("unitName")).isEqualTo("UBND xã thử nghiệm");
        assertThat(survey.getString("procedureCode")).isEqualTo("1.001193");
        assertThat(survey.getString("procedureName")).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(survey.getString("channel")).isEqualTo("ONLINE");
        assertThat(survey.getString("questionnaire")).isNull();

        var resolution = SurveyFixtures.resolved(received, Outcome.REJECTED);
        fixtures.sendResolved(resolution);
        var open = SurveyFixtures.awaitState(received.surveyToken(), "OPEN");
        int current = given().get("/api/v1/questionnaires/current").then().extract().path("version");
        assertThat(open.getInt("questionnaireVersion")).isEqualTo(current);
        assertThat(open.getInt("questionnaire.version")).isEqualTo(current);
        assertThat(open.getList("questionnaire.groups")).isNotEmpty();
        assertThat(java.time.OffsetDateTime.parse(open.getString("closesAt")).toInstant())
                .isEqualTo(resolution.resolvedAt().plusDays(30).toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void resolvedBeforeReceivedOpensTheSurveyWhenTheTokenArrives() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.42.H26", Channel.POSTAL);
        fixtures.sendResolved(SurveyFixtures.resolved(received, Outcome.APPROVED));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows(received.dossierId()) == 1);
        given().get("/api/v1/surveys/{token}", received.surveyToken()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("no survey for this token"));

        fixtures.events.sendDossierReceived(received);
        var open = SurveyFixtures.awaitState(received.surveyToken(), "OPEN");
        assertThat(open.getString("channel")).isEqualTo("POSTAL");
        assertThat(open.getString("unitCode")).isEqualTo("000.00.42.H26");
    }

    @Test
    void aWithdrawnDossierGetsNoSurvey() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.43.H26", Channel.IN_PERSON);
        fixtures.events.sendDossierReceived(received);
        SurveyFixtures.awaitState(received.surveyToken(), "NOT_YET_OPEN");
        fixtures.sendResolved(SurveyFixtures.resolved(received, Outcome.WITHDRAWN));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/api/v1/surveys/{token}", received.surveyToken()).statusCode() == 404);
        given().get("/api/v1/surveys/{token}", received.surveyToken()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("the dossier was withdrawn: it has no survey"));
        assertThat(openedAt(received.dossierId())).isNull();

        // withdrawn before its intake event arrives: the token comes, the survey still never opens
        DossierReceivedV1 late = TestEvents.dossierReceived("000.00.43.H26", Channel.ONLINE);
        fixtures.sendResolved(SurveyFixtures.resolved(late, Outcome.WITHDRAWN));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows(late.dossierId()) == 1);
        fixtures.events.sendDossierReceived(late);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from survey where dossier_id = ?1 and token_hash is not null", late.dossierId(), null) == 1);
        given().get("/api/v1/surveys/{token}", late.surveyToken()).then().statusCode(404)
                .body("detail", equalTo("the dossier was withdrawn: it has no survey"));
        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("questionnaireVersion", 1))
                .post("/api/v1/surveys/{token}/responses", late.surveyToken()).then().statusCode(404);
        assertThat(openedAt(late.dossierId())).isNull();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.44.H26", Channel.ONLINE);
        String receivedId = "redelivered-" + received.dossierId();
        Map<String, String> headers = new CloudEventAttributes(receivedId, "/motcua/tests",
                EventTypes.DOSSIER_RECEIVED_V1, received.receivedAt(), received.receiptCode()).headers();
        fixtures.events.send(Topics.DOSSIER_RECEIVED, received.dossierId().toString(), headers,
                TestEvents.json(received));
        var resolution = SurveyFixtures.resolved(received, Outcome.APPROVED);
        String resolvedId = fixtures.sendResolved(resolution);
        SurveyFixtures.awaitState(received.surveyToken(), "OPEN");
        Object openedBefore = openedAt(received.dossierId());

        // both again, the resolution with a later time: the same ids are skipped
        fixtures.events.send(Topics.DOSSIER_RECEIVED, received.dossierId().toString(), headers,
                TestEvents.json(received));
        var later = new vn.motcua.events.DossierResolvedV1(resolution.dossierId(), resolution.receiptCode(),
                resolution.procedureCode(), resolution.procedureName(), null, null, resolution.unitCode(),
                resolution.unitName(), resolution.unitLevel(), resolution.channel(), resolution.onlineLevel(),
                resolution.receivedAt(), resolution.dueAt(), Outcome.REJECTED, resolution.resolvedAt().plusDays(5),
                resolution.timeliness(), true, 6, resolution.unitAncestorCodes());
        fixtures.sendResolved(later, resolvedId);
        // a later dossier on the same partitions (one per topic in tests): once it is open, the copies were consumed
        DossierReceivedV1 marker = TestEvents.dossierReceived("000.00.44.H26", Channel.ONLINE);
        fixtures.openSurvey(marker);

        assertThat(openedAt(received.dossierId())).isEqualTo(openedBefore);
        assertThat(count("select count(*) from processed_event where event_id in (?1, ?2)", receivedId, resolvedId))
                .isEqualTo(2);
        assertThat(count("select count(*) from survey where outcome = 'APPROVED' and dossier_id = ?1",
                received.dossierId(), null)).isEqualTo(1);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheConsumerCarriesOn() {
        DossierReceivedV1 received = TestEvents.dossierReceived("000.00.45.H26", Channel.ONLINE);
        String poisonId = "poison-" + received.dossierId();
        Map<String, String> headers = new HashMap<>(new CloudEventAttributes(poisonId, "/motcua/tests",
                EventTypes.DOSSIER_RESOLVED_V1, received.receivedAt(), null).headers());
        fixtures.events.send(Topics.DOSSIER_RESOLVED, received.dossierId().toString(), headers, "{\"dossierId\": oops");
        fixtures.events.sendDossierReceived(received);
        fixtures.sendResolved(SurveyFixtures.resolved(received, Outcome.APPROVED));
        SurveyFixtures.awaitState(received.surveyToken(), "OPEN");

        var dead = fixtures.events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RESOLVED),
                r -> poisonId.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{\"dossierId\": oops");
        assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("DossierResolvedV1");
    }

    @Test
    void cloudEventsHeadersAreReadByTheConsumerNotTheConnector() {
        // a time without seconds (what some producers write) is read, not a failure of the whole channel
        DossierReceivedV1 noSeconds = TestEvents.dossierReceived("000.00.47.H26", Channel.IN_PERSON);
        Map<String, String> headers = new HashMap<>(new CloudEventAttributes("no-seconds-" + noSeconds.dossierId(),
                "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1, noSeconds.receivedAt(), null).headers());
        headers.put("ce_time", "2026-07-15T08:30+07:00");
        fixtures.events.send(Topics.DOSSIER_RECEIVED, noSeconds.dossierId().toString(), headers,
                TestEvents.json(noSeconds));
        SurveyFixtures.awaitState(noSeconds.surveyToken(), "NOT_YET_OPEN");

        // a time that is no time at all is a poison message: dead-lettered with the reason, and the consumer goes on
        DossierReceivedV1 badTime = TestEvents.dossierReceived("000.00.47.H26", Channel.IN_PERSON);
        String badTimeId = "bad-time-" + badTime.dossierId();
        headers = new HashMap<>(new CloudEventAttributes(badTimeId, "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1,
                badTime.receivedAt(), null).headers());
        headers.put("ce_time", "yesterday");
        fixtures.events.send(Topics.DOSSIER_RECEIVED, badTime.dossierId().toString(), headers, TestEvents.json(badTime));
        var dead = fixtures.events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RECEIVED),
                r -> badTimeId.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("ce_time");

        DossierReceivedV1 next = TestEvents.dossierReceived("000.00.47.H26", Channel.IN_PERSON);
        fixtures.events.sendDossierReceived(next);
        fixtures.sendResolved(SurveyFixtures.resolved(next, Outcome.APPROVED));
        SurveyFixtures.awaitState(next.surveyToken(), "OPEN");
    }

    @Test
    void eventsBreakingTheContractAreDeadLetteredWithTheReason() {
        DossierReceivedV1 noToken = TestEvents.dossierReceived("000.00.46.H26", Channel.ONLINE);
        String id = fixtures.events.send(noToken, TestEvents.json(noToken)
                .replace("\"surveyToken\"", "\"surveyTokenOfAnotherSystem\""));
        var dead = fixtures.events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RECEIVED),
                r -> id.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("surveyToken");

        DossierReceivedV1 wrongType = TestEvents.dossierReceived("000.00.46.H26", Channel.ONLINE);
        String wrongId = UUID.randomUUID().toString();
        fixtures.events.send(Topics.DOSSIER_RESOLVED, wrongType.dossierId().toString(), new CloudEventAttributes(wrongId,
                "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1, wrongType.receivedAt(), null).headers(),
                TestEvents.json(wrongType));
        var deadType = fixtures.events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RESOLVED),
                r -> wrongId.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestEvents.header(deadType.get(0), "dead-letter-reason"))
                .contains("is not " + EventTypes.DOSSIER_RESOLVED_V1);
        DossierReceivedV1 badParent = SurveyFixtures.withAncestors(
                TestEvents.dossierReceived("000.00.46.H26", Channel.ONLINE), List.of("000.00.46.H26"));
        String badParentId = fixtures.events.sendDossierReceived(badParent);
        var deadParent = fixtures.events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RECEIVED),
                r -> badParentId.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestEvents.header(deadParent.get(0), "dead-letter-reason"))
                .contains("unitAncestorCodes holds 000.00.46.H26, not a parent unit code");
        assertThat(rows(noToken.dossierId())).isZero();
        assertThat(rows(wrongType.dossierId())).isZero();
        assertThat(rows(badParent.dossierId())).isZero();
        given().get("/api/v1/surveys/{token}", noToken.surveyToken()).then().statusCode(404)
                .body("status", equalTo(404)).body("errors", nullValue());
    }

    private long rows(UUID dossierId) {
        return count("select count(*) from survey where dossier_id = ?1", dossierId, null);
    }

    private Object openedAt(UUID dossierId) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(opened_at as varchar) from survey where dossier_id = ?1").setParameter(1, dossierId)
                .getResultList());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private long count(String sql, Object first, Object second) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter(1, first);
            if (second != null) {
                query.setParameter(2, second);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
