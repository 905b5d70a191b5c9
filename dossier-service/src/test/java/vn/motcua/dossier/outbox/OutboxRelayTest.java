package vn.motcua.dossier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.dossier.Intakes.birth;
import static vn.motcua.dossier.Intakes.officer;
import static vn.motcua.dossier.Intakes.post;
import static vn.motcua.dossier.Intakes.with;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.CatalogStub;
import vn.motcua.dossier.Intakes;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.outbox.OutboxRelay;
import vn.motcua.testing.kafka.BrokerOutage;
import vn.motcua.testing.kafka.TestEvents;

@QuarkusTest
class OutboxRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource db;

    @Inject
    OutboxRelay relay;

    @Test
    void everyIntakeYieldsExactlyOneSchemaValidEventWithoutPersonalData() throws Exception {
        String unit = CatalogStub.freshCommune();
        String procedure = CatalogStub.freshProcedure();
        List<Map<String, Object>> requests = List.of(
                birth(unit),
                with(birth(unit), "channel", "ONLINE"),
                with(with(with(with(Intakes.generated(procedure, unit), "channel", "POSTAL"), "applicant.type",
                        "ORGANIZATION"), "applicant.citizenId", null), "applicant.taxCode", "0312345678"));
        List<JsonPath> dossiers = new ArrayList<>();
        for (Map<String, Object> request : requests) {
            dossiers.add(post(officer(unit), request).then().statusCode(201).extract().jsonPath());
        }
        awaitAllSent(unit, 3);

        Set<String> ids = new HashSet<>();
        dossiers.forEach(d -> ids.add(d.getString("id")));
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> ids.contains(r.key()));
        assertThat(records).hasSize(3);
        JsonSchema schema = schema("/schemas/dossier-received.v1.json");
        for (JsonPath dossier : dossiers) {
            ConsumerRecord<String, String> record = records.stream()
                    .filter(r -> r.key().equals(dossier.getString("id"))).findFirst().orElseThrow();
            CloudEventAttributes ce = CloudEventAttributes.read(name -> TestEvents.header(record, name));
            assertThat(ce.type()).isEqualTo(EventTypes.DOSSIER_RECEIVED_V1);
            assertThat(ce.source()).isEqualTo("/motcua/dossier-service");
            assertThat(ce.subject()).isEqualTo(dossier.getString("receiptCode"));
            assertThat(ce.time()).isEqualTo(OffsetDateTime.parse(dossier.getString("receivedAt")));
            assertThat(ce.id()).isEqualTo(Intakes.query(db, "select event_id::text e from outbox_event where "
                    + "aggregate_id = ?::uuid", dossier.getString("id")).get(0).get("e"));
            assertThat(TestEvents.header(record, "content-type")).isEqualTo("application/json");

            JsonNode json = TestEvents.JSON.readTree(record.value());
            assertThat(schema.validate(json)).as(record.value()).isEmpty();
            DossierReceivedV1 event = TestEvents.JSON.readValue(record.value(), DossierReceivedV1.class);
            assertThat(event.missingRequiredFields()).isEmpty();
            assertThat(event.dossierId().toString()).isEqualTo(dossier.getString("id"));
            assertThat(event.receiptCode()).isEqualTo(dossier.getString("receiptCode"));
            assertThat(event.procedureCode()).isEqualTo(dossier.getString("procedure.code"));
            assertThat(event.procedureName()).isEqualTo(dossier.getString("procedure.name"));
            assertThat(event.fieldCode()).isEqualTo(dossier.getString("procedure.fieldCode"));
            assertThat(event.fieldName()).isEqualTo(dossier.getString("procedure.fieldName"));
            assertThat(event.onlineLevel().name()).isEqualTo(dossier.getString("procedure.onlineLevel"));
            assertThat(event.unitCode()).isEqualTo(unit);
            assertThat(event.unitName()).isEqualTo(dossier.getString("unit.name"));
            assertThat(event.unitLevel().name()).isEqualTo("COMMUNE");
            assertThat(event.channel().name()).isEqualTo(dossier.getString("channel"));
            assertThat(event.receivedAt()).isEqualTo(OffsetDateTime.parse(dossier.getString("receivedAt")));
            assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse(dossier.getString("dueAt")));
            assertThat(event.processingWorkingDays()).isEqualTo(dossier.getInt("processingWorkingDays"));
            assertThat(event.surveyToken()).isEqualTo(dossier.getString("surveyToken"));
            // the dossier does not count its files yet: the optional counts stay absent (consumers read 0)
            assertThat(List.of("fileCount", "digitisedComponentCount", "reusedComponentCount")).noneMatch(json::has);

            // no personal data anywhere in the record, nor the lookup secret
            StringBuilder everything = new StringBuilder(record.value()).append(record.key());
            for (Header header : record.headers()) {
                everything.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
            }
            for (String personal : List.of("applicant.name", "applicant.citizenId", "applicant.taxCode",
                    "applicant.phone", "applicant.email", "applicant.address", "note", "lookupSecret")) {
                String value = dossier.getString(personal);
                if (value != null) {
                    assertThat(everything.toString()).as(personal).doesNotContain(value);
                }
            }
            assertThat(everything.toString()).doesNotContain("0912 345 678").doesNotContain("Nguyễn")
                    .doesNotContain("applicant");
        }
    }

    @Test
    void intakeGoesOnWhileTheBrokerIsUnreachableAndEveryEventArrivesOnceItIsBack() {
        String unit = CatalogStub.freshCommune();
        List<String> ids = new ArrayList<>();
        BrokerOutage.begin();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(post(officer(unit), birth(unit)).then().statusCode(201).extract().path("id"));
            }
            await().pollDelay(Duration.ofSeconds(3)).atMost(PATIENCE).until(() -> true);
            assertThat(Intakes.count(db, "select count(*) from outbox_event where subject like ? and sent_at is null",
                    unit + "-%")).isEqualTo(3);
            assertThat(TopicReader.readAll(Topics.DOSSIER_RECEIVED, r -> ids.contains(r.key()))).isEmpty();
        } finally {
            BrokerOutage.end();
        }
        awaitAllSent(unit, 3);
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> ids.contains(r.key()));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aCrashBetweenPublishingAndMarkingRedeliversWithTheSameEventId() {
        String unit = CatalogStub.freshCommune();
        // the relay publishes, then its marking fails and rolls back: as if it crashed in between
        Intakes.execute(db, """
                create or replace function test_fail_outbox_mark() returns trigger language plpgsql as $$
                begin
                  if new.sent_at is not null and old.sent_at is null and new.subject like '%s-%%' then
                    raise exception 'simulated crash between publish and mark';
                  end if;
                  return new;
                end $$""".formatted(unit));
        Intakes.execute(db, "create trigger test_fail_outbox_mark before update on outbox_event for each row "
                + "execute function test_fail_outbox_mark()");
        String id;
        try {
            id = post(officer(unit), birth(unit)).then().statusCode(201).extract().path("id");
            await().atMost(PATIENCE).until(() -> TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                    r -> r.key().equals(id)).size() >= 2);
            assertThat(Intakes.count(db, "select count(*) from outbox_event where aggregate_id = ?::uuid "
                    + "and sent_at is null", id)).isEqualTo(1);
        } finally {
            Intakes.execute(db, "drop trigger test_fail_outbox_mark on outbox_event");
            Intakes.execute(db, "drop function test_fail_outbox_mark()");
        }
        awaitAllSent(unit, 1);
        List<ConsumerRecord<String, String>> deliveries = TopicReader.readAll(Topics.DOSSIER_RECEIVED,
                r -> r.key().equals(id));
        assertThat(deliveries).hasSizeGreaterThanOrEqualTo(2);
        String eventId = (String) Intakes.query(db, "select event_id::text e from outbox_event where aggregate_id = ?::uuid",
                id).get(0).get("e");
        // a consumer sees the same ce_id and payload every time, so it can tell a redelivery from a new event
        assertThat(deliveries).extracting(r -> TestEvents.header(r, "ce_id")).containsOnly(eventId);
        assertThat(deliveries).extracting(ConsumerRecord::value).containsOnly(deliveries.get(0).value());
        // once marked, it is not published again
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertThat(TopicReader.readAll(Topics.DOSSIER_RECEIVED, r -> r.key().equals(id))).hasSameSizeAs(deliveries);
    }

    @Test
    void severalRelaysPublishEachEventOnceAndEachDossiersEventsInOrder() throws Exception {
        String topic = "outbox-relay-test-" + UUID.randomUUID();
        int aggregates = 20;
        int perAggregate = 5;
        for (int n = 1; n <= perAggregate; n++) {
            for (int a = 0; a < aggregates; a++) {
                Intakes.execute(db, ("insert into outbox_event (event_id, aggregate_id, topic, type, subject, occurred_at, "
                        + "payload) values (gen_random_uuid(), '00000000-0000-0000-0000-%012d', '%s', 'test.v1', "
                        + "'relay-test', now(), '{\"seq\":%d}')").formatted(a, topic, n));
            }
        }
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> relays = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                relays.add(() -> {
                    int published = 0;
                    while (Intakes.count(db, "select count(*) from outbox_event where topic = ? and sent_at is null",
                            topic) > 0) {
                        OutboxRelay.Pass pass = relay.publishBatch();
                        assertThat(pass.failure()).isNull();
                        published += pass.published();
                    }
                    return published;
                });
            }
            for (Future<Integer> f : instances.invokeAll(relays)) {
                f.get();
            }
        } finally {
            instances.shutdownNow();
        }
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(topic, r -> true);
        assertThat(records).hasSize(aggregates * perAggregate);
        assertThat(records).extracting(r -> TestEvents.header(r, "ce_id")).doesNotHaveDuplicates();
        for (int a = 0; a < aggregates; a++) {
            String key = "00000000-0000-0000-0000-%012d".formatted(a);
            assertThat(records.stream().filter(r -> r.key().equals(key)).map(ConsumerRecord::value).toList())
                    .containsExactly("{\"seq\":1}", "{\"seq\":2}", "{\"seq\":3}", "{\"seq\":4}", "{\"seq\":5}");
        }
    }

    private void awaitAllSent(String unit, int expected) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Intakes.count(db,
                "select count(*) from outbox_event where subject like ? and sent_at is not null", unit + "-%")
                == expected);
    }

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = DossierReceivedV1.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
