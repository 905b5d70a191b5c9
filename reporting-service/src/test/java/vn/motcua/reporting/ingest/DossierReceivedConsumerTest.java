package vn.motcua.reporting.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
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

    private static long received(String unit) {
        return given().auth().oauth2(ANALYST).queryParam("unit", unit)
                .when().get("/api/v1/kpis/received")
                .then().statusCode(200).extract().<Number>path("total").longValue();
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
        given().auth().oauth2(ANALYST).queryParam("unit", unit)
                .when().get("/api/v1/kpis/received")
                .then().statusCode(200)
                .body("unitCode", equalTo(unit))
                .body("byChannel.ONLINE", equalTo(1))
                .body("byChannel.IN_PERSON", equalTo(2))
                .body("byChannel.POSTAL", equalTo(0))
                .body("online", equalTo(1))
                .body("onlineSharePercent", equalTo(33.3f));
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
        events.sendDossierReceived(TestEvents.dossierReceived(unit, Channel.ONLINE));
        awaitReceived(unit, 1);
        given().auth().oauth2(TestTokens.forRole("officer", unit)).queryParam("unit", "000.00.99.H26")
                .when().get("/api/v1/kpis/received")
                .then().statusCode(200).body("unitCode", equalTo(unit)).body("total", equalTo(1));
        given().when().get("/api/v1/kpis/received")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("kiosk", unit)).when().get("/api/v1/kpis/received")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ANALYST).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get("/api/v1/kpis/received")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ANALYST).queryParam("unit", "not a code")
                .when().get("/api/v1/kpis/received")
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
    }
}
