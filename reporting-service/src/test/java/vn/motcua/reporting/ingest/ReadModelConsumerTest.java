package vn.motcua.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.ingest.ReadModelEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Outcome;
import vn.motcua.events.SurveyResponseSubmittedV1;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.testing.kafka.TestEvents;

/** The live consumers through the real broker, checked in the public.kpi_* views the KPIs read. */
@QuarkusTest
class ReadModelConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TestEvents broker = new TestEvents(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final ReadModelEvents events = new ReadModelEvents(broker);

    @Inject
    DataSource dataSource;

    private Map<String, Object> dossierRow(UUID dossierId) {
        List<Map<String, Object>> rows = rows(dataSource, "select * from public.kpi_dossier where dossier_id = ?",
                dossierId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Map<String, Object> awaitDossier(UUID dossierId, String column, Object value) {
        return await().atMost(PATIENCE).until(() -> dossierRow(dossierId),
                row -> row != null && java.util.Objects.equals(row.get(column), value));
    }

    /** The row without what necessarily differs between two dossiers. */
    private static Map<String, Object> content(Map<String, Object> row) {
        Map<String, Object> content = new HashMap<>(row);
        content.remove("dossier_id");
        return content;
    }

    @Test
    void resolvedBeforeReceivedEndsAsTheSameRowAsReceivedThenResolved() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(5);
        DossierReceivedV1 inOrder = ReadModelEvents.received("000.00.41.H26", Channel.ONLINE, at);
        DossierReceivedV1 outOfOrder = new DossierReceivedV1(UUID.randomUUID(), inOrder.receiptCode(),
                inOrder.procedureCode(), inOrder.procedureName(), inOrder.fieldCode(), inOrder.fieldName(),
                inOrder.unitCode(), inOrder.unitName(), inOrder.unitLevel(), inOrder.channel(), inOrder.onlineLevel(),
                inOrder.receivedAt(), inOrder.dueAt(), inOrder.processingWorkingDays(), inOrder.surveyToken(),
                inOrder.unitAncestorCodes());
        // the resolution moved the due date by 2 days (a supplement): the row keeps the resolution's due date
        DossierResolvedV1 inOrderResolution = ReadModelEvents.resolved(inOrder, Outcome.APPROVED, Timeliness.ON_TIME, 2);
        DossierResolvedV1 outOfOrderResolution = ReadModelEvents.resolved(outOfOrder, Outcome.APPROVED,
                Timeliness.ON_TIME, 2);

        events.publish(inOrder);
        awaitDossier(inOrder.dossierId(), "outcome", null);
        events.publish(inOrderResolution);
        events.publish(outOfOrderResolution);
        Map<String, Object> resolvedOnly = awaitDossier(outOfOrder.dossierId(), "outcome", "APPROVED");
        assertThat(resolvedOnly.get("processing_working_days")).isNull();
        events.publish(outOfOrder);

        Map<String, Object> first = awaitDossier(inOrder.dossierId(), "outcome", "APPROVED");
        Map<String, Object> second = awaitDossier(outOfOrder.dossierId(), "processing_working_days", 3);
        assertThat(content(second)).isEqualTo(content(first));
        assertThat(first).containsEntry("due_at", inOrderResolution.dueAt().toInstant())
                .containsEntry("resolved_at", inOrderResolution.resolvedAt().toInstant())
                .containsEntry("timeliness", "ON_TIME").containsEntry("working_days_taken", 2)
                .containsEntry("received_at", inOrder.receivedAt().toInstant())
                .containsEntry("channel", "ONLINE").containsEntry("unit_level", "COMMUNE")
                .containsEntry("field_code", "HT")
                .containsEntry("unit_ancestor_codes", List.of(ReadModelEvents.DISTRICT, ReadModelEvents.PROVINCE));
    }

    @Test
    void aRedeliveredEventIdChangesNothingEvenWithAnotherPayload() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(3);
        DossierReceivedV1 dossier = ReadModelEvents.received("000.00.42.H26", Channel.POSTAL, at);
        String receivedId = events.publish(dossier);
        String resolvedId = events.publish(ReadModelEvents.resolved(dossier, Outcome.REJECTED, Timeliness.EARLY, 0));
        Map<String, Object> before = awaitDossier(dossier.dossierId(), "outcome", "REJECTED");

        // the same ids again, with payloads that would change the row if they were applied
        events.publish(receivedId, ReadModelEvents.received("000.00.42.H26", Channel.ONLINE, at.plusDays(1)));
        DossierReceivedV1 changed = new DossierReceivedV1(dossier.dossierId(), dossier.receiptCode(),
                dossier.procedureCode(), dossier.procedureName(), dossier.fieldCode(), dossier.fieldName(),
                dossier.unitCode(), dossier.unitName(), dossier.unitLevel(), Channel.ONLINE, dossier.onlineLevel(),
                dossier.receivedAt(), dossier.dueAt(), 9, dossier.surveyToken(), dossier.unitAncestorCodes());
        events.publish(receivedId, changed);
        events.publish(resolvedId, ReadModelEvents.resolved(dossier, Outcome.APPROVED, Timeliness.LATE, 5));
        // markers after them on the same partitions: once they are applied, the redeliveries were processed
        DossierReceivedV1 marker = new DossierReceivedV1(UUID.randomUUID(), dossier.receiptCode(),
                dossier.procedureCode(), dossier.procedureName(), null, null, dossier.unitCode(), dossier.unitName(),
                dossier.unitLevel(), Channel.IN_PERSON, dossier.onlineLevel(), at, at.plusDays(3), 3,
                dossier.surveyToken(), null);
        events.publish(Topics.DOSSIER_RECEIVED, dossier.dossierId().toString(), UUID.randomUUID().toString(),
                EventTypes.DOSSIER_RECEIVED_V1, TestEvents.json(marker));
        events.publish(Topics.DOSSIER_RESOLVED, dossier.dossierId().toString(), UUID.randomUUID().toString(),
                EventTypes.DOSSIER_RESOLVED_V1,
                TestEvents.json(ReadModelEvents.resolved(marker, Outcome.WITHDRAWN, Timeliness.EARLY, 0)));
        awaitDossier(marker.dossierId(), "outcome", "WITHDRAWN");
        awaitDossier(marker.dossierId(), "processing_working_days", 3);

        assertThat(dossierRow(dossier.dossierId())).isEqualTo(before);
        assertThat(rows(dataSource, "select count(*) as n from public.kpi_dossier where unit_code = ?",
                "000.00.42.H26")).containsExactly(Map.of("n", 2L));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirErrorAndTheNextGoodMessageIsApplied() {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1);
        DossierReceivedV1 good = ReadModelEvents.received("000.00.43.H26", Channel.ONLINE, at);
        String key = good.dossierId().toString();
        String notJson = "poison-json-" + UUID.randomUUID();
        String wrongType = "poison-type-" + UUID.randomUUID();
        String incomplete = "poison-fields-" + UUID.randomUUID();
        events.publish(Topics.DOSSIER_RESOLVED, key, notJson, EventTypes.DOSSIER_RESOLVED_V1, "{\"dossierId\": nope");
        events.publish(Topics.DOSSIER_RECEIVED, key, wrongType, EventTypes.DOSSIER_RESOLVED_V1, TestEvents.json(good));
        SurveyResponseSubmittedV1 response = ReadModelEvents.dossierResponse(good, 5, 4);
        events.publish(Topics.SURVEY_RESPONSE_SUBMITTED, key, incomplete, EventTypes.SURVEY_RESPONSE_SUBMITTED_V1,
                TestEvents.json(response).replace("\"submittedAt\"", "\"submittedOn\""));
        // well-formed, but PostgreSQL refuses the NUL character: rejected alone, the rest of its batch applies
        DossierReceivedV1 refused = ReadModelEvents.received("000.00.43.H26", Channel.ONLINE, at);
        String refusedId = events.publish(new DossierReceivedV1(refused.dossierId(), refused.receiptCode(),
                refused.procedureCode(), "Thủ tục\u0000", refused.fieldCode(), refused.fieldName(), refused.unitCode(),
                refused.unitName(), refused.unitLevel(), refused.channel(), refused.onlineLevel(), refused.receivedAt(),
                refused.dueAt(), 3, refused.surveyToken(), refused.unitAncestorCodes()));
        events.publish(good);
        events.publish(ReadModelEvents.resolved(good, Outcome.APPROVED, Timeliness.EARLY, 0));
        events.publish(response);

        awaitDossier(good.dossierId(), "outcome", "APPROVED");
        await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select 1 from public.kpi_survey_response where response_id = ?", response.responseId()).size() == 1);
        assertThat(deadLetterReason(Topics.DOSSIER_RESOLVED, notJson)).contains("not a DossierResolvedV1");
        assertThat(deadLetterReason(Topics.DOSSIER_RECEIVED, wrongType))
                .contains("ce_type " + EventTypes.DOSSIER_RESOLVED_V1 + " is not " + EventTypes.DOSSIER_RECEIVED_V1);
        assertThat(deadLetterReason(Topics.SURVEY_RESPONSE_SUBMITTED, incomplete)).contains("lacks submittedAt");
        assertThat(deadLetterReason(Topics.DOSSIER_RECEIVED, refusedId)).isNotBlank();
        assertThat(rows(dataSource, "select received_at from public.kpi_dossier where dossier_id = ?",
                good.dossierId())).containsExactly(Map.of("received_at", good.receivedAt().toInstant()));
        assertThat(dossierRow(refused.dossierId())).isNull();
    }

    private String deadLetterReason(String topic, String eventId) {
        List<ConsumerRecord<String, String>> dead = broker.awaitRecords(Topics.deadLetter(topic),
                r -> eventId.equals(TestEvents.header(r, "ce_id")), PATIENCE);
        assertThat(dead).hasSize(1);
        return TestEvents.header(dead.get(0), "dead-letter-reason");
    }

    @Test
    void surveyResponsesAreStoredWithGroupScoresAndKioskAncestorsComeFromTheUnitTable() {
        String unit = "000.00.44.H26";
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(2);
        DossierReceivedV1 dossier = ReadModelEvents.received(unit, Channel.IN_PERSON, at);
        SurveyResponseSubmittedV1 citizen = ReadModelEvents.dossierResponse(dossier, 5, 3, 4);
        SurveyResponseSubmittedV1 kiosk = ReadModelEvents.kioskResponse(unit, 2, 5);
        events.publish(citizen); // before its dossier: the field comes from the dossier row whenever that arrives
        events.publish(kiosk);
        events.publish(dossier);
        awaitDossier(dossier.dossierId(), "channel", "IN_PERSON");

        Map<String, Object> citizenRow = await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select * from public.kpi_survey_response where response_id = ?", citizen.responseId()),
                r -> r.size() == 1).get(0);
        assertThat(citizenRow).containsEntry("source", "DOSSIER").containsEntry("dossier_id", dossier.dossierId())
                .containsEntry("unit_code", unit).containsEntry("procedure_code", "1.001193")
                .containsEntry("field_code", "HT").containsEntry("channel", "IN_PERSON")
                .containsEntry("questionnaire_version", 1)
                .containsEntry("submitted_at", citizen.submittedAt().toInstant())
                .containsEntry("unit_ancestor_codes", List.of(ReadModelEvents.DISTRICT, ReadModelEvents.PROVINCE));
        assertThat(rows(dataSource, "select group_code, answered, satisfied, score_sum from public.kpi_survey_group_score"
                + " where response_id = ? order by group_code", citizen.responseId())).containsExactly(
                Map.of("group_code", "ACCESS", "answered", 2, "satisfied", 2, "score_sum", 9),
                Map.of("group_code", "PROCEDURE", "answered", 1, "satisfied", 0, "score_sum", 3));

        Map<String, Object> kioskRow = await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select * from public.kpi_survey_response where response_id = ?", kiosk.responseId()),
                r -> r.size() == 1).get(0);
        assertThat(kioskRow).containsEntry("source", "KIOSK").containsEntry("dossier_id", null)
                .containsEntry("procedure_code", null).containsEntry("field_code", null)
                .containsEntry("unit_ancestor_codes", List.of(ReadModelEvents.DISTRICT, ReadModelEvents.PROVINCE));
        assertThat(rows(dataSource, "select group_code, answered, satisfied, score_sum from public.kpi_survey_group_score"
                + " where response_id = ? order by group_code", kiosk.responseId())).containsExactly(
                Map.of("group_code", "ACCESS", "answered", 1, "satisfied", 0, "score_sum", 2),
                Map.of("group_code", "PROCEDURE", "answered", 1, "satisfied", 1, "score_sum", 5));
        assertThat(rows(dataSource, "select * from public.kpi_unit where unit_code = ?", unit)).containsExactly(Map.of(
                "unit_code", unit, "unit_name", "UBND xã thử nghiệm", "unit_level", "COMMUNE",
                "unit_ancestor_codes", List.of(ReadModelEvents.DISTRICT, ReadModelEvents.PROVINCE)));
    }
}
