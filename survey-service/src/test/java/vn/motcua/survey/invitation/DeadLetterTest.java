package vn.motcua.survey.invitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
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
import vn.motcua.survey.response.Survey;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * The consumers wait out a database that is away and dead-letter only what they cannot apply; admins list the dead
 * letters and re-drive them once fixed, applied once however often. Real PostgreSQL and broker.
 */
@QuarkusTest
class DeadLetterTest {

    /** Longer than the measured outage that lost surveys (25 s). */
    private static final Duration OUTAGE = Duration.ofSeconds(26);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A unit the test's stand-in for a bug refuses, until the "fix" drops it. */
    private static final String REFUSED_UNIT = "000.00.49.H26";

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void aDatabaseThatRefusesConnectionsIsWaitedOutAndEveryEventIsAppliedOnceWithNothingDeadLettered()
            throws InterruptedException {
        List<DossierReceivedV1> dossiers = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        TestInfrastructure.postgres().refuseConnections("survey");
        try {
            for (int i = 0; i < 5; i++) {
                DossierReceivedV1 received = TestEvents.dossierReceived("000.00.48.H26", Channel.ONLINE);
                dossiers.add(received);
                eventIds.add(fixtures.events.sendDossierReceived(received));
                eventIds.add(fixtures.sendResolved(SurveyFixtures.resolved(received, Outcome.APPROVED)));
            }
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            TestInfrastructure.postgres().allowConnections("survey");
        }

        for (DossierReceivedV1 received : dossiers) {
            await().atMost(PATIENCE).until(() -> given().get("/api/v1/surveys/{token}", received.surveyToken())
                    .then().extract().path("state"), "OPEN"::equals);
        }
        assertThat(count("select count(*) from processed_event where event_id in (:ids)", eventIds)).isEqualTo(10);
        assertThat(count("select count(*) from dead_letter where event_id in (:ids)", eventIds)).isZero();
        assertThat(count("select count(*) from survey where token_hash in (:ids)",
                dossiers.stream().map(d -> Survey.hashOf(d.surveyToken())).toList())).isEqualTo(5);
    }

    @Test
    void aLetterThatFailedUntilAFixIsListedAndRedrivenOnce() {
        refuseUnit(true);
        DossierReceivedV1 received = TestEvents.dossierReceived(REFUSED_UNIT, Channel.IN_PERSON);
        String eventId;
        JsonPath letter;
        try {
            eventId = fixtures.events.sendDossierReceived(received);
            letter = awaitPending(Topics.DOSSIER_RECEIVED, eventId);
        } finally {
            refuseUnit(false);
        }
        assertThat(letter.getString("eventType")).isEqualTo(EventTypes.DOSSIER_RECEIVED_V1);
        assertThat(letter.getString("reason")).contains("is being merged");
        assertThat(letter.getInt("partition")).isZero();
        assertThat(letter.getString("redrivenAt")).isNull();
        assertThat(letter.getMap("$")).doesNotContainKeys("value", "payload");
        long id = letter.getLong("id");
        given().get("/api/v1/surveys/{token}", received.surveyToken()).then().statusCode(404);

        redrive(id).body("outcome", equalTo("APPLIED")).body("eventId", equalTo(eventId))
                .body("topic", equalTo(Topics.DOSSIER_RECEIVED));
        SurveyFixtures.awaitState(received.surveyToken(), "NOT_YET_OPEN");
        // twice, or after the event was applied anyway: nothing more
        redrive(id).body("outcome", equalTo("ALREADY_APPLIED"));
        assertThat(count("select count(*) from processed_event where event_id in (:ids)", List.of(eventId)))
                .isEqualTo(1);
        assertThat(count("select count(*) from survey where token_hash in (:ids)",
                List.of(Survey.hashOf(received.surveyToken()))))
                .isEqualTo(1);
        JsonPath redriven = list(Map.of("topic", Topics.DOSSIER_RECEIVED, "status", "REDRIVEN", "size", "100"));
        assertThat(redriven.getList("items.findAll { it.eventId == '" + eventId + "' }.redriveAttempts"))
                .containsExactly(2);
        JsonPath pending = list(Map.of("topic", Topics.DOSSIER_RECEIVED, "size", "100"));
        assertThat(pending.getList("items.eventId")).doesNotContain(eventId);
    }

    @Test
    void aContractBreakIsDeadLetteredAndStaysPendingWhenRedrivenUnfixed() {
        String poisonId = "poison-" + UUID.randomUUID();
        DossierReceivedV1 about = TestEvents.dossierReceived("000.00.45.H26", Channel.ONLINE);
        fixtures.events.send(Topics.DOSSIER_RESOLVED, about.dossierId().toString(), new CloudEventAttributes(poisonId,
                "/motcua/tests", EventTypes.DOSSIER_RESOLVED_V1, about.receivedAt(), null).headers(),
                "{\"dossierId\": oops\u0000");
        JsonPath letter = awaitPending(Topics.DOSSIER_RESOLVED, poisonId);
        assertThat(letter.getString("reason")).contains("not a DossierResolvedV1").doesNotContain("\u0000");
        assertThat(letter.getString("cause")).isEqualTo("vn.motcua.events.InvalidEventException");

        redrive(letter.getLong("id")).body("outcome", equalTo("FAILED"))
                .body("reason", org.hamcrest.Matchers.containsString("not a DossierResolvedV1"));
        JsonPath again = awaitPending(Topics.DOSSIER_RESOLVED, poisonId);
        assertThat(again.getInt("redriveAttempts")).isEqualTo(1);
    }

    @Test
    void redrivingATopicAppliesEachPendingLetterOnce() {
        refuseUnit(true);
        List<DossierReceivedV1> refused = List.of(TestEvents.dossierReceived(REFUSED_UNIT, Channel.ONLINE),
                TestEvents.dossierReceived(REFUSED_UNIT, Channel.POSTAL));
        try {
            for (DossierReceivedV1 received : refused) {
                awaitPending(Topics.DOSSIER_RECEIVED, fixtures.events.sendDossierReceived(received));
            }
        } finally {
            refuseUnit(false);
        }
        JsonPath summary = redriveAll(Topics.DOSSIER_RECEIVED);
        assertThat(summary.getInt("applied")).isEqualTo(2);
        assertThat(summary.getInt("alreadyApplied")).isZero();
        for (DossierReceivedV1 received : refused) {
            SurveyFixtures.awaitState(received.surveyToken(), "NOT_YET_OPEN");
        }
        // nothing of them is pending any more: a second re-drive of the topic applies nothing
        JsonPath second = redriveAll(Topics.DOSSIER_RECEIVED);
        assertThat(second.getInt("applied")).isZero();
        assertThat(second.getInt("alreadyApplied")).isZero();
        assertThat(second.getInt("failed")).isEqualTo(summary.getInt("failed"));
    }

    @Test
    void onlyAdminsSeeOrRedriveDeadLettersAndBadParametersAreNamed() {
        given().get("/api/v1/dead-letters").then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth().oauth2(TestTokens.forRole("officer", "000.00.41.H26")).get("/api/v1/dead-letters").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.forRole("analyst")).post("/api/v1/dead-letters/redrive?topic=dossier-received")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("kiosk", "000.00.41.H26")).post("/api/v1/dead-letters/1/redrive")
                .then().statusCode(403).contentType("application/problem+json");

        String admin = TestTokens.forRole("admin");
        given().auth().oauth2(admin).get("/api/v1/dead-letters?topic=survey-response-submitted&size=0").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("topic", "size"))
                .body("errors.find { it.field == 'topic' }.message",
                        equalTo("must be one of dossier-received, dossier-resolved"));
        given().auth().oauth2(admin).get("/api/v1/dead-letters?status=DONE").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(admin).post("/api/v1/dead-letters/redrive").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("topic"));
        given().auth().oauth2(admin).post("/api/v1/dead-letters/not-a-number/redrive").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).post("/api/v1/dead-letters/999999999/redrive").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No dead letter 999999999."));
    }

    private static JsonPath awaitPending(String topic, String eventId) {
        return await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> items = list(Map.of("topic", topic, "size", "100")).getList("items");
            return items.stream().filter(item -> eventId.equals(item.get("eventId"))).findFirst()
                    .map(item -> new JsonPath(TestEvents.json(item))).orElse(null);
        }, java.util.Objects::nonNull);
    }

    private static JsonPath list(Map<String, String> query) {
        JsonPath page = given().auth().oauth2(TestTokens.forRole("admin")).queryParams(query)
                .get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(page.getList("items").size());
        return page;
    }

    private static io.restassured.response.ValidatableResponse redrive(long id) {
        return given().auth().oauth2(TestTokens.forRole("admin")).post("/api/v1/dead-letters/{id}/redrive", id).then()
                .statusCode(200);
    }

    private static JsonPath redriveAll(String topic) {
        return given().auth().oauth2(TestTokens.forRole("admin")).queryParam("topic", topic)
                .post("/api/v1/dead-letters/redrive").then().statusCode(200)
                .body("topic", equalTo(topic)).extract().jsonPath();
    }

    /** A stand-in for a bug in the service: the survey table refuses one unit until it is dropped. */
    private void refuseUnit(boolean refuse) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (refuse) {
                em.createNativeQuery("""
                        create or replace function test_refuse_unit() returns trigger language plpgsql as $$
                        begin
                            if new.unit_code = '%s' then
                                raise exception 'unit %% is being merged', new.unit_code using errcode = 'P0001';
                            end if;
                            return new;
                        end $$""".formatted(REFUSED_UNIT)).executeUpdate();
                em.createNativeQuery("create trigger test_refuse_unit before insert or update on survey "
                        + "for each row execute function test_refuse_unit()").executeUpdate();
            } else {
                em.createNativeQuery("drop trigger test_refuse_unit on survey").executeUpdate();
            }
        });
    }

    private long count(String sql, List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("ids", ids).getSingleResult()).longValue());
    }
}
