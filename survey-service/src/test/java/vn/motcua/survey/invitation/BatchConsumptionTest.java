package vn.motcua.survey.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.Topics;
import vn.motcua.survey.SurveyFixtures;
import vn.motcua.testing.kafka.TestEvents;

/** Bursts of dossier events through the real broker: one transaction per poll, and a bad record costs only itself. */
@QuarkusTest
class BatchConsumptionTest {

    private final SurveyFixtures fixtures = new SurveyFixtures();

    @Inject
    EntityManager em;

    @Test
    void aBurstOfDossiersIsAppliedManyEventsToATransactionAndEverySurveyOpens() {
        String unit = "000.00.46.H26";
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        List<DossierReceivedV1> dossiers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            dossiers.add(TestEvents.dossierReceived(unit, i % 2 == 0 ? Channel.ONLINE : Channel.IN_PERSON));
        }
        dossiers.forEach(d -> records.add(received(d, eventIds)));
        dossiers.forEach(d -> records.add(resolved(SurveyFixtures.resolved(d, Outcome.APPROVED), eventIds)));

        fixtures.events.sendAll(records);

        awaitOpenSurveys(unit, 300);
        assertThat(count("select count(*) from processed_event where event_id in (:ids)", eventIds)).isEqualTo(600);
        // rows inserted by one transaction share its xmin: the number of transactions that applied the 600 events
        long transactions = count("select count(distinct xmin::text) from processed_event where event_id in (:ids)",
                eventIds);
        assertThat(transactions).as("transactions for 600 events").isLessThanOrEqualTo(60);
        assertThat(count("select count(*) from unit where code in (:ids)", List.of(unit))).isEqualTo(1);
    }

    @Test
    void aRecordThatBreaksTheContractInABurstIsDeadLetteredAloneAndRedeliveriesChangeNothing() {
        String unit = "000.00.47.H26";
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        List<DossierReceivedV1> dossiers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            dossiers.add(TestEvents.dossierReceived(unit, Channel.POSTAL));
        }
        dossiers.forEach(d -> records.add(received(d, eventIds)));
        String poisonId = "poison-" + UUID.randomUUID();
        records.add(20, TestEvents.record(Topics.DOSSIER_RECEIVED, UUID.randomUUID().toString(),
                new CloudEventAttributes(poisonId, "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1,
                        OffsetDateTime.now(), null), "{\"dossierId\": 42}"));
        dossiers.forEach(d -> records.add(resolved(SurveyFixtures.resolved(d, Outcome.REJECTED), eventIds)));
        // the first ten dossier-received records again, same event ids: redeliveries
        records.addAll(records.subList(0, 10).stream()
                .map(r -> {
                    ProducerRecord<String, String> again = new ProducerRecord<>(r.topic(), r.key(), r.value());
                    r.headers().forEach(again.headers()::add);
                    return again;
                }).toList());

        fixtures.events.sendAll(records);

        awaitOpenSurveys(unit, 40);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from dead_letter where event_id in (:ids)", List.of(poisonId)) == 1);
        assertThat(count("select count(*) from processed_event where event_id in (:ids)", eventIds)).isEqualTo(80);
        assertThat(count("select count(*) from survey where unit_code in (:ids)", List.of(unit))).isEqualTo(40);
        assertThat(count("select count(*) from dead_letter where event_id in (:ids)", eventIds)).isZero();
    }

    private static ProducerRecord<String, String> received(DossierReceivedV1 event, List<String> ids) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        return TestEvents.record(Topics.DOSSIER_RECEIVED, event.dossierId().toString(), new CloudEventAttributes(id,
                "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1, OffsetDateTime.now(), event.receiptCode()),
                TestEvents.json(event));
    }

    private static ProducerRecord<String, String> resolved(DossierResolvedV1 event, List<String> ids) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        return TestEvents.record(Topics.DOSSIER_RESOLVED, event.dossierId().toString(), new CloudEventAttributes(id,
                "/motcua/tests", EventTypes.DOSSIER_RESOLVED_V1, OffsetDateTime.now(), event.receiptCode()),
                TestEvents.json(event));
    }

    private void awaitOpenSurveys(String unit, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> count(
                "select count(*) from survey where opened_at is not null and unit_code in (:ids)", List.of(unit))
                == expected);
    }

    private long count(String sql, List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("ids", ids).getSingleResult()).longValue());
    }
}
