package vn.motcua.dossier.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.workflow.Transitions.act;
import static vn.motcua.dossier.workflow.Transitions.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.core.Dossier;
import vn.motcua.dossier.core.DossierEvents;
import vn.motcua.dossier.workflow.Transitions;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierResolvedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Outcome;
import vn.motcua.events.Timeliness;
import vn.motcua.events.Topics;
import vn.motcua.events.UnitLevel;
import vn.motcua.testing.kafka.TestEvents;

/** dossier-resolved through the outbox and the real broker (issue 5, item 3). */
@QuarkusTest
class DossierResolvedEventTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource db;

    @Inject
    WorkingCalendar calendar;

    @Test
    void anApprovalPublishesOneCompleteEventWithoutPersonalDataAfterTheReceivedOne() throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        JsonPath intake = Intakes.post(token, Intakes.birth(unit)).then().statusCode(201).extract().jsonPath();
        String id = intake.getString("id");
        ok(token, id, "start", null);
        JsonPath resolved = act(token, id, "resolve", "\"1\"", Map.of("outcome", "APPROVED", "note", "Đủ điều kiện"))
                .then().statusCode(200).extract().jsonPath();
        awaitSent(id, 2);

        ConsumerRecord<String, String> record = onlyResolved(id);
        CloudEventAttributes ce = CloudEventAttributes.read(name -> TestEvents.header(record, name));
        assertThat(ce.type()).isEqualTo(EventTypes.DOSSIER_RESOLVED_V1);
        assertThat(ce.source()).isEqualTo("/motcua/dossier-service");
        assertThat(ce.subject()).isEqualTo(intake.getString("receiptCode"));
        OffsetDateTime resolvedAt = OffsetDateTime.parse(resolved.getString("resolvedAt"));
        assertThat(ce.time()).isEqualTo(resolvedAt);

        JsonNode json = TestEvents.JSON.readTree(record.value());
        DossierResolvedV1 event = TestEvents.JSON.readValue(record.value(), DossierResolvedV1.class);
        assertThat(event.missingRequiredFields()).isEmpty();
        assertThat(event.dossierId().toString()).isEqualTo(id);
        assertThat(event.receiptCode()).isEqualTo(intake.getString("receiptCode"));
        assertThat(event.procedureCode()).isEqualTo(CatalogStub.BIRTH);
        assertThat(event.procedureName()).isEqualTo(intake.getString("procedure.name"));
        assertThat(event.fieldCode()).isEqualTo(intake.getString("procedure.fieldCode"));
        assertThat(event.fieldName()).isEqualTo(intake.getString("procedure.fieldName"));
        assertThat(event.unitCode()).isEqualTo(unit);
        assertThat(event.unitName()).isEqualTo(intake.getString("unit.name"));
        assertThat(event.unitLevel().name()).isEqualTo("COMMUNE");
        assertThat(event.channel().name()).isEqualTo("IN_PERSON");
        assertThat(event.onlineLevel().name()).isEqualTo(intake.getString("procedure.onlineLevel"));
        assertThat(event.receivedAt()).isEqualTo(OffsetDateTime.parse(intake.getString("receivedAt")));
        assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse(intake.getString("dueAt")));
        assertThat(event.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(event.resolvedAt()).isEqualTo(resolvedAt);
        LocalDate due = LocalDate.parse(intake.getString("dueDate"));
        LocalDate day = WorkingCalendar.businessDate(resolvedAt);
        Timeliness expected = day.isBefore(due) ? Timeliness.EARLY : day.isEqual(due) ? Timeliness.ON_TIME
                : Timeliness.LATE;
        assertThat(expected).isNotEqualTo(Timeliness.LATE);
        assertThat(event.timeliness()).isEqualTo(expected);
        assertThat(event.onTime()).isTrue();
        assertThat(event.workingDaysTaken()).isEqualTo(0);
        assertThat(json.get("resolvedAt").asText()).endsWith("+07:00");
        // a dossier without files says so: no file, no digitised or reused component, no electronic result
        assertThat(json.get("fileCount").asInt(-1)).isZero();
        assertThat(json.get("digitisedComponentCount").asInt(-1)).isZero();
        assertThat(json.get("reusedComponentCount").asInt(-1)).isZero();
        assertThat(json.get("electronicResultIssued").isBoolean()).isTrue();
        assertThat(json.get("electronicResultIssued").asBoolean(true)).isFalse();

        // ordered after dossier-received: same key, published later from a later outbox row
        List<ConsumerRecord<String, String>> received = TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> id.equals(r.key()));
        assertThat(received).hasSize(1);
        assertThat(record.timestamp()).isGreaterThanOrEqualTo(received.get(0).timestamp());
        List<Map<String, Object>> rows = Intakes.query(db, "select topic from outbox_event where aggregate_id = "
                + "?::uuid order by id", id);
        assertThat(rows).extracting(r -> r.get("topic")).containsExactly(Topics.DOSSIER_RECEIVED,
                Topics.DOSSIER_RESOLVED);
        assertThat(Intakes.query(db, "select bool_and(r.sent_at <= s.sent_at) ok from outbox_event r, outbox_event s "
                + "where r.aggregate_id = ?::uuid and s.aggregate_id = r.aggregate_id and r.topic = ? and s.topic = ?",
                id, Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED).get(0).get("ok")).isEqualTo(true);

        // no personal data, no lookup secret, no survey token, no notes
        StringBuilder everything = new StringBuilder(record.value()).append(record.key());
        for (Header header : record.headers()) {
            everything.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
        }
        for (String secret : List.of("applicant.name", "applicant.citizenId", "applicant.phone", "applicant.email",
                "applicant.address", "note", "lookupSecret", "surveyToken")) {
            assertThat(everything.toString()).as(secret).doesNotContain(intake.getString(secret));
        }
        assertThat(everything.toString()).doesNotContain("applicant").doesNotContain("Đủ điều kiện");

        // returning the result publishes nothing more
        ok(token, id, "return", null);
        awaitSent(id, 2);
        assertThat(TopicReader.readAll(Topics.DOSSIER_RESOLVED, r -> id.equals(r.key()))).hasSize(1);
    }

    @Test
    void aLateRejectionIsLateWithItsWorkingDaysAndStaysLateAfterTheApology() throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        Intakes.execute(db, "update dossier set received_at = now() - interval '40 days', "
                + "due_at = now() - interval '10 days' where id = '" + id + "'");
        JsonPath dossier = given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().statusCode(200)
                .extract().jsonPath();
        JsonPath resolved = act(token, id, "resolve", "\"1\"", Map.of("outcome", "REJECTED",
                "reason", "Giấy tờ giả mạo")).then().statusCode(200).extract().jsonPath();
        LocalDate appointment = calendar.dueDate(OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE), 1);
        act(token, id, "apology", "\"2\"", Map.of("appointmentDate", appointment.toString())).then().statusCode(200);
        act(token, id, "return", "\"3\"", null).then().statusCode(200);
        awaitSent(id, 2);

        ConsumerRecord<String, String> record = onlyResolved(id);
        DossierResolvedV1 event = TestEvents.JSON.readValue(record.value(), DossierResolvedV1.class);
        OffsetDateTime receivedAt = OffsetDateTime.parse(dossier.getString("receivedAt"));
        OffsetDateTime resolvedAt = OffsetDateTime.parse(resolved.getString("resolvedAt"));
        assertThat(event.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(event.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(event.onTime()).isFalse();
        assertThat(event.receivedAt()).isEqualTo(receivedAt);
        assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse(dossier.getString("dueAt")));
        assertThat(event.resolvedAt()).isEqualTo(resolvedAt);
        assertThat(event.workingDaysTaken()).isEqualTo(calendar.workingDaysBetween(receivedAt, resolvedAt))
                .isGreaterThanOrEqualTo(20);
        assertThat(record.value()).doesNotContain("Giấy tờ giả mạo");
    }

    @Test
    void aWithdrawalPublishesWithdrawnAgainstTheDueDateInForceAfterASupplement() throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh")));
        // the original due date has passed; the supplement restarts the clock
        Intakes.execute(db, "update dossier set received_at = now() - interval '20 days', "
                + "due_at = now() - interval '2 days' where id = '" + id + "'");
        JsonPath back = act(token, id, "supplement-received", "\"2\"", null).then().statusCode(200).extract()
                .jsonPath();
        JsonPath withdrawn = act(token, id, "withdraw", "\"3\"", Map.of("note", "Công dân Nguyễn Văn An xin rút"))
                .then().statusCode(200).extract().jsonPath();
        awaitSent(id, 2);

        ConsumerRecord<String, String> record = onlyResolved(id);
        assertThat(TestEvents.header(record, "ce_type")).isEqualTo(EventTypes.DOSSIER_RESOLVED_V1);
        DossierResolvedV1 event = TestEvents.JSON.readValue(record.value(), DossierResolvedV1.class);
        assertThat(event.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse(back.getString("dueAt")));
        assertThat(event.resolvedAt()).isEqualTo(OffsetDateTime.parse(withdrawn.getString("resolvedAt")));
        assertThat(event.timeliness()).isIn(Timeliness.EARLY, Timeliness.ON_TIME);
        assertThat(event.onTime()).isTrue();
        assertThat(record.value()).doesNotContain("Nguyễn").doesNotContain("xin rút");
    }

    @Test
    void aStopPublishesARejectedAndStoppedResolutionWithTheSupplementCount() throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Giấy chứng sinh bản chính")));
        JsonPath stopped = act(token, id, "stop", "\"2\"", Map.of("reason",
                "Người nộp Nguyễn Văn An không bổ sung trong thời hạn")).then().statusCode(200).extract().jsonPath();
        awaitSent(id, 2);

        String payload = onlyResolved(id).value();
        JsonNode json = TestEvents.JSON.readTree(payload);
        DossierResolvedV1 event = TestEvents.JSON.readValue(payload, DossierResolvedV1.class);
        assertThat(event.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(event.wasStopped()).isTrue();
        assertThat(json.get("stopped").asBoolean(false)).isTrue();
        assertThat(event.supplementRequestCount()).isEqualTo(1);
        assertThat(event.resolvedAt()).isEqualTo(OffsetDateTime.parse(stopped.getString("resolvedAt")));
        assertThat(event.resolvingUnit()).isNull();
        assertThat(event.onTime()).isTrue();
        assertThat(payload).doesNotContain("Nguyễn").doesNotContain("thời hạn");
    }

    @Test
    void aResolutionAfterTwoSupplementsAndAnExtensionCountsThemAndIsLateAgainstTheOriginalDueDate()
            throws Exception {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String id = Transitions.intake(unit)[0];
        ok(token, id, "start", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Tờ khai")));
        ok(token, id, "supplement-received", null);
        ok(token, id, "supplement-requests", Map.of("missingItems", List.of("Tờ khai có chữ ký"),
                "reason", "Tờ khai bổ sung chưa ký"));
        ok(token, id, "supplement-received", null);
        Intakes.execute(db, "update dossier set due_at = now() - interval '3 days' where id = '" + id + "'");
        String originalDueAt = given().auth().oauth2(token).get("/api/v1/dossiers/{id}", id).then().extract()
                .path("dueAt");
        LocalDate newDue = calendar.dueDate(OffsetDateTime.now(WorkingCalendar.BUSINESS_ZONE), 3);
        ok(token, id, "apology", Map.of("appointmentDate", newDue.toString(), "newDueDate", newDue.toString(),
                "reason", "Phải xác minh với nơi đăng ký thường trú"));
        JsonPath resolved = act(token, id, "resolve", "\"6\"", Map.of("outcome", "APPROVED")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(resolved.getString("dueDate")).isEqualTo(newDue.toString());
        awaitSent(id, 2);

        String payload = onlyResolved(id).value();
        DossierResolvedV1 event = TestEvents.JSON.readValue(payload, DossierResolvedV1.class);
        assertThat(event.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(event.supplementRequestCount()).isEqualTo(2);
        assertThat(event.wasStopped()).isFalse();
        // resolved within the extension, yet late: against the due date before it, which the event carries
        assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse(originalDueAt));
        assertThat(event.timeliness()).isEqualTo(Timeliness.LATE);
        assertThat(event.onTime()).isFalse();
        assertThat(payload).doesNotContain("xác minh").doesNotContain("chưa ký");
    }

    @Test
    void theFilesAsCountedAtResolutionTravelInThePayloadAndKeepItsSchema() throws Exception {
        Dossier dossier = new Dossier();
        dossier.id = java.util.UUID.randomUUID();
        dossier.receiptCode = "000.00.20.H26-260715-0001";
        dossier.procedureCode = CatalogStub.BIRTH;
        dossier.procedureName = "Thủ tục đăng ký khai sinh";
        dossier.unitCode = "000.00.20.H26";
        dossier.unitName = "UBND xã Minh Khai";
        dossier.unitLevel = UnitLevel.COMMUNE;
        dossier.channel = Channel.IN_PERSON;
        dossier.onlineLevel = OnlineLevel.FULL;
        dossier.receivedAt = OffsetDateTime.parse("2026-07-15T09:10:00+07:00");
        dossier.assignResolvingUnit(dossier.unitCode, dossier.unitName, dossier.unitLevel, List.of());
        dossier.dueAt = OffsetDateTime.parse("2026-07-16T17:00:00+07:00");
        dossier.outcome = Outcome.APPROVED;
        dossier.resolvedAt = OffsetDateTime.parse("2026-07-16T10:45:00+07:00");

        DossierResolvedV1 event = new DossierEvents(calendar).resolved(dossier, new DossierEvents.Files(4, 2, 1, true));
        assertThat(event.fileCount()).isEqualTo(4);
        assertThat(event.digitisedComponentCount()).isEqualTo(2);
        assertThat(event.reusedComponentCount()).isEqualTo(1);
        assertThat(event.electronicResultIssued()).isTrue();
        assertThat(event.workingDaysTaken()).isEqualTo(1);
        JsonNode json = TestEvents.JSON.valueToTree(event);
        assertThat(schema().validate(json)).as(json.toString()).isEmpty();
        assertThat(json.get("electronicResultIssued").asBoolean()).isTrue();

        DossierResolvedV1 unknown = new DossierEvents(calendar).resolved(dossier);
        assertThat(TestEvents.JSON.valueToTree(unknown).has("fileCount")).isFalse();
        assertThat(unknown.electronicResultIssued()).isNull();
    }

    @Test
    void refusedAndFailedTransitionsPublishNothing() {
        String unit = CatalogStub.freshCommune();
        String token = officer(unit);
        String refused = Transitions.intake(unit)[0];
        ok(token, refused, "refuse", Map.of("reason", "Sai thẩm quyền"));
        String failed = Transitions.intake(unit)[0];
        act(token, failed, "resolve", "\"0\"", Map.of("outcome", "APPROVED")).then().statusCode(409);
        ok(token, failed, "start", null);
        act(token, failed, "resolve", "\"0\"", Map.of("outcome", "APPROVED")).then().statusCode(412);
        act(token, failed, "resolve", "\"1\"", Map.of("outcome", "REJECTED")).then().statusCode(400);
        awaitSent(refused, 1);
        awaitSent(failed, 1);
        assertThat(TopicReader.readAll(Topics.DOSSIER_RESOLVED,
                r -> r.key().equals(refused) || r.key().equals(failed))).isEmpty();
    }

    /** The one dossier-resolved of the dossier on the topic, valid against the schema. */
    private static ConsumerRecord<String, String> onlyResolved(String id) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(Topics.DOSSIER_RESOLVED,
                r -> id.equals(r.key()));
        assertThat(records).hasSize(1);
        assertThat(schema().validate(TestEvents.JSON.readTree(records.get(0).value()))).as(records.get(0).value())
                .isEmpty();
        return records.get(0);
    }

    private void awaitSent(String id, int expected) {
        try {
            awaitSentOrFail(id, expected);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("outbox rows of " + id + ": " + Intakes.query(db, "select id, topic, sent_at, "
                    + "attempts, occurred_at, payload from outbox_event where aggregate_id = ?::uuid order by id", id), e);
        }
    }

    private void awaitSentOrFail(String id, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Intakes.count(db,
                "select count(*) from outbox_event where aggregate_id = ?::uuid and sent_at is not null", id)
                == expected && Intakes.count(db, "select count(*) from outbox_event where aggregate_id = ?::uuid", id)
                == expected);
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = DossierResolvedV1.class.getResourceAsStream("/schemas/dossier-resolved.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
