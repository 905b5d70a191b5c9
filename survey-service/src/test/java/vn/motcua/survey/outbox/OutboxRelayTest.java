package vn.motcua.survey.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.BrokerOutage;
import vn.motcua.testing.kafka.TestEvents;

/** The transactional outbox of survey-response-submitted when the broker is unreachable for a while. */
@QuarkusTest
class OutboxRelayTest {

    private static final String UNIT = "000.00.91.H26";
    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void responsesAreStoredWhileTheBrokerIsUnreachableAndEachEventArrivesOnceWhenItIsBack() {
        DossierReceivedV1 dossier = fixtures.openSurvey(UNIT, Channel.ONLINE);
        String dossierResponse;
        String kioskResponse;
        BrokerOutage.begin();
        try {
            dossierResponse = SurveyFixtures.answer(dossier, 4);
            kioskResponse = given().auth().oauth2(TestTokens.forRole("kiosk", UNIT)).contentType(ContentType.JSON)
                    .body(SurveyFixtures.kioskBody(5)).post("/api/v1/kiosk/responses")
                    .then().statusCode(201).extract().path("responseId");
            SurveyFixtures.awaitState(dossier.surveyToken(), "ANSWERED");

            // several relay passes fail meanwhile; the events wait in the outbox
            await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> true);
            assertThat(count("select count(*) from outbox_event where cast(aggregate_id as text) in (?1, ?2) and sent_at is null",
                    dossier.dossierId().toString(), kioskResponse)).isEqualTo(2);
            assertThat(published(Set.of(dossier.dossierId().toString(), kioskResponse))).isEmpty();
        } finally {
            BrokerOutage.end();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "select count(*) from outbox_event where cast(aggregate_id as text) in (?1, ?2) and sent_at is not null",
                dossier.dossierId().toString(), kioskResponse) == 2);
        List<ConsumerRecord<String, String>> records = published(Set.of(dossier.dossierId().toString(),
                kioskResponse));
        assertThat(records).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(dossier.dossierId().toString(), kioskResponse);
        assertThat(records).anySatisfy(r -> assertThat(r.value()).contains("\"responseId\":\"" + dossierResponse + "\""));
        assertThat(records).extracting(r -> TestEvents.header(r, "ce_id")).doesNotHaveDuplicates();
    }

    /** The survey-response-submitted records with these keys, read up to a marker sent now (one partition in tests). */
    private List<ConsumerRecord<String, String>> published(Set<String> keys) {
        String marker = "marker-" + java.util.UUID.randomUUID();
        fixtures.events.send(Topics.SURVEY_RESPONSE_SUBMITTED, marker, java.util.Map.of(), "{}");
        List<ConsumerRecord<String, String>> matching = new java.util.ArrayList<>();
        var end = fixtures.events.awaitRecords(Topics.SURVEY_RESPONSE_SUBMITTED, r -> {
            if (keys.contains(r.key())) {
                matching.add(r);
            }
            return marker.equals(r.key());
        }, Duration.ofSeconds(30));
        assertThat(end).as("the marker was read, so everything before it was too").hasSize(1);
        return matching;
    }

    private long count(String sql, String first, String second) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, first).setParameter(2, second).getSingleResult()).longValue());
    }
}
