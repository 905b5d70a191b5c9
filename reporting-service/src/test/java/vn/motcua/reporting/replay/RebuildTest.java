package vn.motcua.reporting.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static vn.motcua.reporting.ingest.ReadModelEvents.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
import vn.motcua.reporting.ingest.ReadModelEvents;
import vn.motcua.testing.TestTokens;
import vn.motcua.testing.kafka.TestEvents;

/** A rebuild through the API reproduces exactly what the live consumers built, while the old generation serves. */
@QuarkusTest
class RebuildTest {

    private static final String ADMIN = TestTokens.forRole("admin");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LIVE_UNIT = "000.00.69.H26";
    private static final Map<String, String> VIEWS = Map.of(
            "kpi_dossier", "select * from public.kpi_dossier order by dossier_id",
            "kpi_survey_response", "select * from public.kpi_survey_response order by response_id",
            "kpi_survey_group_score", "select * from public.kpi_survey_group_score order by response_id, group_code",
            "kpi_unit", "select * from public.kpi_unit order by unit_code");

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final ReadModelEvents events = new ReadModelEvents(new TestEvents(bootstrap));

    @Inject
    DataSource dataSource;

    @Test
    void aRebuildReproducesTheIncrementalViewsExactlyWhileTheOldGenerationServes() throws Exception {
        feedAMixOfEvents();
        awaitLiveConsumersIdle();
        Map<String, List<Map<String, Object>>> incremental = snapshot();
        assertThat(incremental.get("kpi_dossier")).hasSizeGreaterThanOrEqualTo(26);
        assertThat(incremental.get("kpi_dossier")).anySatisfy(row -> assertThat(row.get("electronic_result_issued"))
                .isEqualTo(true)).anySatisfy(row -> assertThat((Integer) row.get("digitised_component_count"))
                .isPositive()).anySatisfy(row -> assertThat((Integer) row.get("reused_component_count")).isPositive());
        int active = activeGeneration();

        String status;
        DossierReceivedV1 late = ReadModelEvents.received(LIVE_UNIT, Channel.ONLINE, OffsetDateTime.now());
        try (Connection liveWriter = dataSource.getConnection()) {
            // stands for a live consumer's write transaction in flight: the switch has to wait for it
            liveWriter.setAutoCommit(false);
            try (PreparedStatement lock = liveWriter.prepareStatement(
                    "select pg_advisory_xact_lock_shared(" + 0x5245_504f_5254L + ")")) {
                lock.execute();
            }
            status = given().auth().oauth2(ADMIN).when().post("/api/v1/read-models/rebuild")
                    .then().statusCode(202).header("Location", notNullValue())
                    .body("state", equalTo("RUNNING")).body("generation", equalTo(active + 1))
                    .extract().header("Location");
            await().atMost(PATIENCE).until(() -> rows(dataSource,
                    "select 1 from pg_locks where locktype = 'advisory' and not granted").size() == 1);

            // replayed into the new generation, not yet switched: every read still gets the old generation
            assertThat(rows(dataSource, "select count(*) as n from read_model_" + (active + 1) + ".dossier"))
                    .containsExactly(Map.of("n", (long) incremental.get("kpi_dossier").size()));
            assertThat(snapshot()).isEqualTo(incremental);
            assertThat(activeGeneration()).isEqualTo(active);
            given().auth().oauth2(ADMIN).when().get(status)
                    .then().statusCode(200).body("state", equalTo("RUNNING")).body("replayedAt", notNullValue())
                    .body("eventsRead", greaterThan(0));
            String running = status.substring(status.lastIndexOf('/') + 1);
            given().auth().oauth2(ADMIN).when().post("/api/v1/read-models/rebuild")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("runningRebuildId", equalTo(running));

            // published while the switch waits: must end up in the new generation exactly once
            String lateId = events.publish(late);
            events.publish(lateId, late);
            liveWriter.commit();
        }

        await().atMost(PATIENCE).until(() -> "SWITCHED".equals(
                given().auth().oauth2(ADMIN).when().get(status).then().statusCode(200).extract().path("state")));
        given().auth().oauth2(ADMIN).when().get(status).then()
                .body("generation", equalTo(active + 1)).body("finishedAt", notNullValue())
                .body("eventsPerSecond", notNullValue()).body("error", equalTo(null));
        assertThat(activeGeneration()).isEqualTo(active + 1);
        assertThat(rows(dataSource, "select 1 from information_schema.schemata where schema_name = ?",
                "read_model_" + active)).isEmpty();

        await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select 1 from public.kpi_dossier where unit_code = ?", LIVE_UNIT).size() == 1);
        awaitLiveConsumersIdle();
        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        assertThat(rows(dataSource, "select dossier_id from public.kpi_dossier where unit_code = ?", LIVE_UNIT))
                .containsExactly(Map.of("dossier_id", late.dossierId()));
        rebuilt.replaceAll((view, rows) -> rows.stream().filter(row -> !LIVE_UNIT.equals(row.get("unit_code")))
                .toList());
        assertThat(rebuilt).isEqualTo(incremental);

        // the live consumers now write the new generation
        DossierReceivedV1 after = ReadModelEvents.received("000.00.68.H26", Channel.POSTAL, OffsetDateTime.now());
        events.publish(after);
        await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select 1 from read_model_" + (active + 1) + ".dossier where dossier_id = ?", after.dossierId())
                .size() == 1);
    }

    @Test
    void onlyAnAdminRebuildsAndAnUnknownRebuildIsNotFound() {
        given().when().post("/api/v1/read-models/rebuild")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("analyst")).when().post("/api/v1/read-models/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get("/api/v1/read-models/rebuild/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get("/api/v1/read-models/rebuild/not-an-id")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Dossiers in and out of order, redeliveries with other payloads, a re-resolution, responses, a poison. */
    private void feedAMixOfEvents() {
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(40);
        Channel[] channels = Channel.values();
        List<DossierReceivedV1> dossiers = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            DossierReceivedV1 dossier = ReadModelEvents.received("000.00.6" + (i % 5) + ".H26", channels[i % 3],
                    base.plusHours(i * 7));
            // every other dossier with files counted at intake, the others from before the counts existed
            dossiers.add(i % 2 == 0 ? ReadModelEvents.withFiles(dossier, i % 3 + 1, i % 3, i % 3 == 0 ? 1 : 0)
                    : dossier);
        }
        Map<DossierReceivedV1, String> receivedIds = new LinkedHashMap<>();
        Map<DossierResolvedV1, String> resolvedIds = new LinkedHashMap<>();
        // 0-9 received only, 10-19 received then resolved, 20-25 resolved first
        for (int i = 20; i < 26; i++) {
            DossierResolvedV1 resolution = ReadModelEvents.resolved(dossiers.get(i), Outcome.values()[i % 3],
                    Timeliness.values()[i % 3], i % 2);
            resolvedIds.put(resolution, events.publish(resolution));
        }
        await().atMost(PATIENCE).until(() -> rows(dataSource,
                "select 1 from public.kpi_dossier where dossier_id = any(?)",
                (Object) dossiers.subList(20, 26).stream().map(DossierReceivedV1::dossierId).toArray(UUID[]::new))
                .size() == 6);
        for (int i = 0; i < 26; i++) {
            receivedIds.put(dossiers.get(i), events.publish(dossiers.get(i)));
        }
        for (int i = 10; i < 20; i++) {
            DossierResolvedV1 resolution = ReadModelEvents.resolved(dossiers.get(i), Outcome.values()[i % 3],
                    Timeliness.values()[i % 3], 0);
            if (i % 3 != 0) { // counted again at resolution, some with an electronic result
                resolution = ReadModelEvents.withFiles(resolution, i % 4 + 1, i % 4, 0, i % 3 == 1);
            }
            resolvedIds.put(resolution, events.publish(resolution));
        }
        // redeliveries of ids already applied, with payloads that would change figures if applied
        receivedIds.entrySet().stream().limit(3).forEach(e -> events.publish(e.getValue(),
                ReadModelEvents.received(e.getKey().unitCode(), Channel.ONLINE, base.minusDays(3))));
        resolvedIds.entrySet().stream().limit(2).forEach(e -> events.publish(e.getValue(),
                ReadModelEvents.resolved(dossiers.get(0), Outcome.REJECTED, Timeliness.LATE, 4)));
        // a second resolution of dossier 12 under a new id: the later one stands, live and replayed alike
        events.publish(ReadModelEvents.resolved(dossiers.get(12), Outcome.REJECTED, Timeliness.LATE, 3));

        SurveyResponseSubmittedV1 first = ReadModelEvents.dossierResponse(dossiers.get(10), 5, 4, 3, 5);
        events.publish(first);
        events.publish(new SurveyResponseSubmittedV1(first.responseId(), first.source(), first.dossierId(),
                first.unitCode(), first.unitName(), first.procedureCode(), first.procedureName(), first.channel(),
                first.questionnaireVersion(), first.submittedAt(), first.answers(),
                List.of(new SurveyResponseSubmittedV1.GroupScore("ACCESS", 9, 0, 9)), first.unitAncestorCodes()));
        events.publish(ReadModelEvents.dossierResponse(dossiers.get(21), 1, 2));
        events.publish(ReadModelEvents.kioskResponse("000.00.61.H26", 4, 4, 5));
        events.publish(ReadModelEvents.kioskResponse("000.00.6Z.H26", 3));
        events.publish(Topics.DOSSIER_RESOLVED, "poison", "poison-" + UUID.randomUUID(),
                EventTypes.DOSSIER_RESOLVED_V1, "{not json");
        DossierReceivedV1 refused = ReadModelEvents.received("000.00.63.H26", Channel.ONLINE, base);
        events.publish(Topics.DOSSIER_RECEIVED, refused.dossierId().toString(), UUID.randomUUID().toString(),
                EventTypes.DOSSIER_RECEIVED_V1, TestEvents.json(refused).replace("UBND", "UBND\\u0000"));

        await().atMost(PATIENCE).until(() -> rows(dataSource, """
                select 1 from public.kpi_dossier where dossier_id = any(?) and processing_working_days is not null""",
                (Object) dossiers.stream().map(DossierReceivedV1::dossierId).toArray(UUID[]::new)).size() == 26);
    }

    /** Waits until the live consumer group has committed every record of the three topics. */
    private void awaitLiveConsumersIdle() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets("reporting-read-model").partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED,
                        Topics.SURVEY_RESPONSE_SUBMITTED)).allTopicNames().get(10, TimeUnit.SECONDS)
                        .forEach((topic, description) -> description.partitions().forEach(
                                p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
                return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                        .allMatch(end -> end.getValue().offset() == 0 || (committed.get(end.getKey()) != null
                                && committed.get(end.getKey()).offset() >= end.getValue().offset()));
            });
        }
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> snapshot = new HashMap<>();
        VIEWS.forEach((view, sql) -> snapshot.put(view, rows(dataSource, sql)));
        return snapshot;
    }

    private int activeGeneration() {
        return (Integer) rows(dataSource, "select generation from public.read_model_generation").get(0)
                .get("generation");
    }
}
