package vn.motcua.reporting.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/** Drives the consumer through the real broker and reads the result through the KPI API. */
@QuarkusTest
class DossierReceivedConsumerTest {

    private static final String ANALYST = TestTokens.forRole("analyst");

    private final TestEvents events = new TestEvents(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    private static io.restassured.specification.RequestSpecification thisWeek(String token) {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        return given().auth().oauth2(token).queryParam("from", today.minusDays(7).toString())
                .queryParam("to", today.plusDays(1).toString());
    }

    /** Dossiers received this week at {@code unit}; a unit no event has named yet (404) has received none. */
    private static long received(String unit) {
        var response = thisWeek(ANALYST).queryParam("unit", unit).when().get("/api/v1/kpis");
        return response.statusCode() == 404 ? 0
                : response.then().statusCode(200).extract().<Number>path("overall.received.total").longValue();
    }

    private static void awaitReceived(String unit, long expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received(unit) == expected);
    }

    @Test
    void eachReceivedDossierIsCountedOnceByChannel() {
        String unit = "000.00.31.H26";
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.ONLINE));
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.IN_PERSON));
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.IN_PERSON));
        awaitReceived(unit, 3);
        thisWeek(ANALYST).queryParam("unit", unit)
                .when().get("/api/v1/kpis")
                .then().statusCode(200)
                .body("unit", equalTo(unit))
                .body("overall.received.byChannel.ONLINE", equalTo(1))
                .body("overall.received.byChannel.IN_PERSON", equalTo(2))
                .body("overall.received.byChannel.POSTAL", equalTo(0))
                .body("overall.received.online", equalTo(1))
                .body("overall.received.onlineSharePercent", equalTo(33.3f));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String unit = "000.00.32.H26";
        DossierReceivedV1 dossier = TestEvents.dossierReceived(unit, Channel.POSTAL);
        Map<String, String> headers = new CloudEventAttributes("redelivered-" + dossier.dossierId(), "/motcua/tests",
                EventTypes.DOSSIER_RECEIVED_V1, dossier.receivedAt(), dossier.receiptCode()).headers();
        events.send(Topics.DOSSIER_RECEIVED, dossier.dossierId().toString(), headers, TestEvents.json(dossier));
        events.send(Topics.DOSSIER_RECEIVED, dossier.dossierId().toString(), headers, TestEvents.json(dossier));
        // a later dossier on the same partition: once it is counted, both copies above were processed
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.ONLINE));
        awaitReceived(unit, 2);
        assertThat(received(unit)).isEqualTo(2);
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheConsumerCarriesOn() {
        String unit = "000.00.33.H26";
        DossierReceivedV1 valid = TestEvents.dossierReceived(unit, Channel.ONLINE);
        Map<String, String> headers = new HashMap<>(new CloudEventAttributes("poison-" + valid.dossierId(),
                "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1, valid.receivedAt(), null).headers());
        events.send(Topics.DOSSIER_RECEIVED, "poison", headers, "{\"dossierId\": not json");
        events.sendDossierReceived(valid);

        awaitReceived(unit, 1);
        var dead = events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RECEIVED),
                r -> ("poison-" + valid.dossierId()).equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{\"dossierId\": not json");
        assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("DossierReceivedV1");
    }

    @Test
    void anEventMissingRequiredFieldsIsDeadLettered() {
        String unit = "000.00.34.H26";
        DossierReceivedV1 incomplete = TestEvents.dossierReceived(unit, Channel.ONLINE);
        String id = events.send(incomplete, TestEvents.json(incomplete).replace("\"channel\":\"ONLINE\",", ""));
        var dead = events.awaitRecords(Topics.deadLetter(Topics.DOSSIER_RECEIVED),
                r -> id.equals(TestEvents.header(r, "ce_id")), Duration.ofSeconds(30));
        assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("channel");
        assertThat(received(unit)).isZero();
    }

    @Test
    void kpisNeedAnAnalystOrAnOfficerWhoSeesOnlyTheirUnit() {
        String unit = "000.00.35.H26";
        String neighbour = "000.00.36.H26";
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.ONLINE));
        events.sendDossierReceived(TestEvents.dossierReceived(neighbour, Channel.ONLINE));
        awaitReceived(unit, 1);
        awaitReceived(neighbour, 1);
        thisWeek(TestTokens.forRole("officer", unit))
                .when().get("/api/v1/kpis")
                .then().statusCode(200).body("unit", equalTo(unit)).body("overall.received.total", equalTo(1));
        thisWeek(TestTokens.forRole("officer", unit)).queryParam("unit", neighbour)
                .when().get("/api/v1/kpis")
                .then().statusCode(403).body("errors[0].field", equalTo("unit"));
        given().when().get("/api/v1/kpis")
                .then().statusCode(401).contentType("application/problem+json");
        thisWeek(TestTokens.forRole("kiosk", unit)).when().get("/api/v1/kpis")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
