package vn.motcua.reporting.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.ingest.ReadModelEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.testing.TestInfrastructure;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/**
 * The read model's consumers wait out their database and dead-letter only what they cannot apply; an admin re-drives
 * a dead letter once the cause is fixed, applied once. Real PostgreSQL and broker, read back in the kpi_* views.
 */
@QuarkusTest
class DeadLetterTest {

    private static final Duration OUTAGE = Duration.ofSeconds(26);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ReadModelEvents events = new ReadModelEvents(new TestEvents(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)));

    @Inject
    DataSource dataSource;

    @Test
    void aDatabaseThatRefusesConnectionsIsWaitedOutWithoutARestartAndEveryEventIsCountedOnce()
            throws InterruptedException {
        String unit = "000.00.51.H26";
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1);
        List<String> eventIds = new ArrayList<>();
        List<UUID> responses = new ArrayList<>();
        TestInfrastructure.postgres().refuseConnections("reporting");
        try {
            for (int i = 0; i < 4; i++) {
                DossierReceivedV1 dossier = ReadModelEvents.received(unit, Channel.ONLINE, at);
                SurveyResponseSubmittedV1 response = ReadModelEvents.dossierResponse(dossier, 5, 4);
                responses.add(response.responseId());
                eventIds.add(events.publish(dossier));
                eventIds.add(events.publish(ReadModelEvents.resolved(dossier, Outcome.APPROVED, Timeliness.EARLY, 1)));
                eventIds.add(events.publish(response));
            }
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            TestInfrastructure.postgres().allowConnections("reporting");
        }

        await().atMost(PATIENCE).until(() -> rows(dataSource, "select count(*) as n from public.kpi_dossier "
                + "where unit_code = ? and outcome = 'APPROVED'", unit), equalTo(List.of(Map.of("n", 4L)))::matches);
        await().atMost(PATIENCE).until(() -> rows(dataSource, "select count(*) as n from public.kpi_survey_response "
                + "where unit_code = ?", unit), equalTo(List.of(Map.of("n", 4L)))::matches);
        assertThat(rows(dataSource, "select count(*) as n from public.kpi_dossier where unit_code = ?", unit))
                .containsExactly(Map.of("n", 4L));
        assertThat(rows(dataSource, "select count(*) as n from dead_letter where event_id = any(?)",
                (Object) eventIds.toArray(String[]::new))).containsExactly(Map.of("n", 0L));
        // the channels were never failed: health is UP again once the database is back
        await().atMost(PATIENCE).until(() -> given().get("/q/health").statusCode() == 200);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anEventTheReadModelRefusedIsDeadLetteredAloneAndRedrivenOnceAfterTheFix() throws SQLException {
        String unit = "000.00.52.H26";
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(2);
        DossierReceivedV1 refused = ReadModelEvents.received(unit, Channel.POSTAL, at);
        DossierReceivedV1 accepted = ReadModelEvents.received("000.00.53.H26", Channel.POSTAL, at);
        String refusedId;
        JsonPath letter;
        refuseUnit(unit, true);
        try {
            refusedId = events.publish(refused);
            events.publish(accepted);
            letter = awaitPending(Topics.DOSSIER_RECEIVED, refusedId);
            await().atMost(PATIENCE).until(() -> rows(dataSource,
                    "select 1 from public.kpi_dossier where dossier_id = ?", accepted.dossierId()).size() == 1);
        } finally {
            refuseUnit(unit, false);
        }
        assertThat(letter.getString("reason")).contains("unit " + unit + " is being merged");
        assertThat(letter.getString("eventType")).isEqualTo(EventTypes.DOSSIER_RECEIVED_V1);
        assertThat(rows(dataSource, "select 1 from public.kpi_dossier where dossier_id = ?", refused.dossierId()))
                .isEmpty();

        redrive(letter.getLong("id")).body("outcome", equalTo("APPLIED"));
        redrive(letter.getLong("id")).body("outcome", equalTo("ALREADY_APPLIED"));
        assertThat(rows(dataSource, "select channel from public.kpi_dossier where dossier_id = ?", refused.dossierId()))
                .containsExactly(Map.of("channel", "POSTAL"));
        JsonPath redriven = given().auth().oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/dead-letters?status=REDRIVEN&topic=dossier-received&size=100").then().statusCode(200)
                .extract().jsonPath();
        assertThat(redriven.getList("items.eventId")).contains(refusedId);
    }

    @Test
    void aContractBreakIsListedForAdminsOnlyAndARedriveOfItFails() {
        String poisonId = "poison-" + UUID.randomUUID();
        events.publish(Topics.SURVEY_RESPONSE_SUBMITTED, poisonId, poisonId, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1,
                "[1, 2, 3]");
        JsonPath letter = awaitPending(Topics.SURVEY_RESPONSE_SUBMITTED, poisonId);
        assertThat(letter.getString("reason")).contains("not a SurveyResponseSubmittedV1");
        redrive(letter.getLong("id")).body("outcome", equalTo("FAILED"));
        given().auth().oauth2(TestTokens.forRole("admin")).queryParam("topic", Topics.SURVEY_RESPONSE_SUBMITTED)
                .post("/api/v1/dead-letters/redrive").then().statusCode(200)
                .body("applied", equalTo(0)).body("failed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        given().get("/api/v1/dead-letters").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("analyst")).get("/api/v1/dead-letters").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.forRole("analyst")).post("/api/v1/dead-letters/{id}/redrive",
                letter.getLong("id")).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("admin")).get("/api/v1/dead-letters?topic=dossier-received.dlq")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("topic")).body("errors[0].message",
                        equalTo("must be one of dossier-received, dossier-resolved, survey-response-submitted"));
    }

    private static JsonPath awaitPending(String topic, String eventId) {
        return await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(TestTokens.forRole("admin"))
                    .queryParam("topic", topic).queryParam("size", 100).get("/api/v1/dead-letters").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            return items.stream().filter(item -> eventId.equals(item.get("eventId"))).findFirst()
                    .map(item -> new JsonPath(TestEvents.json(item))).orElse(null);
        }, java.util.Objects::nonNull);
    }

    private static io.restassured.response.ValidatableResponse redrive(long id) {
        return given().auth().oauth2(TestTokens.forRole("admin")).post("/api/v1/dead-letters/{id}/redrive", id).then()
                .statusCode(200).body("id", equalTo((int) id));
    }

    /**
     * A stand-in for a rule of the read model that is later fixed: the active generation's dossier table refuses
     * one unit (a check violation, so the event is rejected alone and the rest of its batch applies).
     */
    private void refuseUnit(String unit, boolean refuse) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            String schema = ReadModelGenerations.schema(new ReadModelGenerations().active(connection));
            if (refuse) {
                sql.execute("""
                        create or replace function public.test_refuse_unit() returns trigger language plpgsql as $$
                        begin
                            if new.unit_code = '%s' then
                                raise exception 'unit %% is being merged', new.unit_code using errcode = '23514';
                            end if;
                            return new;
                        end $$""".formatted(unit));
                sql.execute("create trigger test_refuse_unit before insert or update on " + schema
                        + ".dossier for each row execute function public.test_refuse_unit()");
            } else {
                sql.execute("drop trigger test_refuse_unit on " + schema + ".dossier");
            }
        }
    }
}
