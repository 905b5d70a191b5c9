package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventHeaders;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.Topics;
import vn.motcua.events.UnitLevel;
import vn.motcua.testing.jwt.TokenMinter;

/**
 * The whole suite as a newcomer gets it from {@code ./motcua up --demo}: the launcher started from the built
 * jars, the demo data loaded through the services' APIs, checked only from outside (HTTP, Kafka, processes),
 * then stopped and started again on the same data folder, where the demo data is not generated again. The tests
 * run in order and share the running stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** The first start also loads the demo data: a few hundred dossiers through the import API, surveys. */
    private static final Duration DEMO_START_TIMEOUT = Duration.ofSeconds(900);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private long totalAfterEvent = -1;

    /** One service: its port, a path its OpenAPI document must list, and one protected call. */
    private record ServiceUnderTest(String name, int port, List<String> ownPaths, String method, String protectedPath,
            String body) {
    }

    private List<ServiceUnderTest> services() {
        return List.of(
                new ServiceUnderTest("procedure-catalog", stack.catalogPort(), List.of("/api/v1/fields"),
                        "POST", "/api/v1/fields", "{}"),
                new ServiceUnderTest("dossier-service", stack.dossierPort(), List.of("/api/v1/calendar/{year}"),
                        "PUT", "/api/v1/calendar/2026", "{}"),
                new ServiceUnderTest("survey-service", stack.surveyPort(), List.of("/api/v1/questionnaires/current"),
                        "POST", "/api/v1/questionnaires", "{}"),
                new ServiceUnderTest("reporting-service", stack.reportingPort(), List.of("/api/v1/kpis/received"),
                        "GET", "/api/v1/kpis/received", null));
    }

    @BeforeAll
    void startTheStack() throws Exception {
        stack = StackEnvironment.create();
        launcher = LauncherProcess.start(stack.env(), "up", "--demo");
        launcher.awaitOutput(LauncherProcess.READY_OUTPUT_END, DEMO_START_TIMEOUT);
    }

    @AfterAll
    void stopTheStack() throws Exception {
        if (launcher != null) {
            launcher.close();
        }
        if (stack != null) {
            stack.delete();
        }
    }

    @Test
    @Order(1)
    void readyOutputShowsUrlsDataFolderAndATokenPerRole() {
        String output = launcher.output();
        for (ServiceUnderTest service : services()) {
            assertThat(output).contains("http://localhost:" + service.port() + "/q/swagger-ui");
        }
        assertThat(output).contains(stack.dataDir().toString())
                .contains("127.0.0.1:" + stack.postgresPort())
                .contains(stack.kafkaBootstrap());
        for (String role : List.of("catalog-admin", "officer", "commune-system", "analyst", "kiosk", "admin")) {
            assertThat(output).containsPattern("(?m)^\\s+" + role + "\\s+eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+$");
        }
    }

    @Test
    @Order(2)
    void everyServiceIsHealthy() {
        for (ServiceUnderTest service : services()) {
            Http.Response health = Http.get(StackEnvironment.url(service.port(), "/q/health/ready"), null);
            assertThat(health.status()).as(service.name() + " readiness").isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(service.name()).isEqualTo("UP");
        }
    }

    @Test
    @Order(3)
    void everyServiceServesItsOpenApiDocument() {
        for (ServiceUnderTest service : services()) {
            Http.Response openapi = Http.get(StackEnvironment.url(service.port(), "/q/openapi?format=json"), null);
            assertThat(openapi.status()).as(service.name() + " OpenAPI").isEqualTo(200);
            JsonNode paths = openapi.json().path("paths");
            for (String path : service.ownPaths()) {
                assertThat(paths.has(path)).as(service.name() + " OpenAPI lists " + path + ", has " + paths.fieldNames())
                        .isTrue();
            }
            assertThat(paths.has(service.protectedPath()) || service.protectedPath().startsWith("/api/v1/calendar/"))
                    .as(service.name() + " OpenAPI lists " + service.protectedPath()).isTrue();
            Http.Response swagger = Http.get(StackEnvironment.url(service.port(), "/q/swagger-ui/"), null);
            assertThat(swagger.status()).as(service.name() + " Swagger UI").isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void protectedCallsNeedATokenWithTheRightRole() throws Exception {
        String kiosk = minter().mint("system-test-kiosk", List.of("kiosk"), null, Duration.ofMinutes(10));
        for (ServiceUnderTest service : services()) {
            String url = StackEnvironment.url(service.port(), service.protectedPath());
            String call = service.name() + " " + service.method() + " " + service.protectedPath();

            Http.Response anonymous = Http.send(service.method(), url, null, service.body());
            assertThat(anonymous.status()).as(call + " without a token").isEqualTo(401);
            assertThat(anonymous.contentType()).as(call + " without a token").startsWith("application/problem+json");
            assertThat(anonymous.json().path("status").asInt()).as(call + " problem status").isEqualTo(401);

            Http.Response wrongRole = Http.send(service.method(), url, kiosk, service.body());
            assertThat(wrongRole.status()).as(call + " as kiosk").isEqualTo(403);
            assertThat(wrongRole.contentType()).as(call + " as kiosk").startsWith("application/problem+json");
            assertThat(wrongRole.json().path("status").asInt()).as(call + " problem status").isEqualTo(403);
        }
    }

    @Test
    @Order(5)
    void aSecondLauncherOnTheSameDataFolderIsRefused() throws Exception {
        LauncherProcess second = LauncherProcess.start(stack.env(), "up", "--demo");
        assertThat(second.awaitExit(Duration.ofSeconds(30))).isNotZero();
        assertThat(second.output()).contains("already running").contains(stack.dataDir().toString());
        assertThat(launcher.isAlive()).isTrue();
    }

    @Test
    @Order(6)
    void theDemoDataFillsTheReportsAndCharts() throws Exception {
        assertThat(launcher.output()).contains("demo data loaded: ");
        assertThat(stack.dataDir().resolve("demo-data.loaded")).isRegularFile();
        String analyst = minter().mint("system-test-analyst", List.of("analyst"), null, Duration.ofMinutes(10));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String period = "from=" + today.minusMonths(3) + "&to=" + today;

        Http.Response kpis = Http.get(StackEnvironment.url(stack.reportingPort(), "/api/v1/kpis?" + period
                + "&groupBy=MONTH"), analyst);
        assertThat(kpis.status()).as(kpis.body()).isEqualTo(200);
        JsonNode overall = kpis.json().path("overall");
        assertThat(overall.path("received").path("total").asLong()).as(kpis.body()).isGreaterThan(300);
        for (String channel : List.of("IN_PERSON", "ONLINE")) {
            assertThat(overall.path("received").path("byChannel").path(channel).asLong()).as(channel).isPositive();
        }
        for (String resolved : List.of("early", "late", "approved", "rejected")) {
            assertThat(overall.path("resolved").path(resolved).asLong()).as(resolved).isPositive();
        }
        assertThat(overall.path("withdrawn").asLong()).as("withdrawn").isPositive();
        assertThat(overall.path("pendingAtEnd").asLong()).as("pending").isPositive();
        assertThat(overall.path("satisfaction").path("responses").asLong()).as("survey responses").isPositive();
        assertThat(kpis.json().path("rows").size()).as("months with dossiers").isGreaterThanOrEqualTo(3);
        // the desks' scans of today's dossiers, counted once their resolutions have reached reporting
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode digitisation = overall.path("digitisation");
        while ((digitisation.path("reusedComponents").asLong() == 0 || digitisation.path("electronicResults").asLong() == 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            digitisation = Http.get(StackEnvironment.url(stack.reportingPort(), "/api/v1/kpis?" + period), analyst)
                    .json().path("overall").path("digitisation");
        }
        assertThat(digitisation.path("files").asLong()).as(digitisation.toString()).isPositive();
        assertThat(digitisation.path("receivedWithDigitisedComponents").asLong()).as(digitisation.toString())
                .isPositive();
        assertThat(digitisation.path("reusedComponents").asLong()).as(digitisation.toString()).isPositive();
        assertThat(digitisation.path("electronicResults").asLong()).as(digitisation.toString()).isPositive();
        assertThat(digitisation.path("resolvedDigitisedWithElectronicResult").asLong()).as(digitisation.toString())
                .isPositive();

        Http.Response chart = Http.get(StackEnvironment.url(stack.reportingPort(), "/api/v1/charts/monthly-volume?"
                + period), analyst, Map.of("Accept", "image/svg+xml"));
        assertThat(chart.status()).as(chart.body()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).contains("<svg").contains("</svg>");
    }

    @Test
    @Order(7)
    void theDemoHasOneInterLinkedDossierInTheListsOfBothUnits() throws Exception {
        String commune = officer("000.00.63.H26");
        String department = officer("000.03.00.H26");
        JsonNode resolving = dossiers("unitRole=RESOLVING&unit=000.03.00.H26", department);
        assertThat(resolving.path("total").asLong()).as(resolving.toString()).isEqualTo(1);
        JsonNode dossier = resolving.path("items").path(0);
        assertThat(dossier.path("procedure").path("code").asText()).as(dossier.toString()).isEqualTo("1.012753");
        assertThat(dossier.path("status").asText()).as(dossier.toString()).isEqualTo("RETURNED");
        assertThat(dossier.path("unit").path("code").asText()).isEqualTo("000.00.63.H26");
        assertThat(dossier.path("resolvingUnit").path("code").asText()).isEqualTo("000.03.00.H26");
        String id = dossier.path("id").asText();
        JsonNode received = dossiers("unitRole=RECEIVING&unit=000.00.63.H26&receiptCode="
                + dossier.path("receiptCode").asText(), commune);
        assertThat(received.path("total").asLong()).as("the commune's list: " + received).isEqualTo(1);
        assertThat(received.path("items").path(0).path("id").asText()).as("the commune's list").isEqualTo(id);

        Http.Response history = Http.get(StackEnvironment.url(stack.dossierPort(), "/api/v1/dossiers/" + id
                + "/history"), commune);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<String> steps = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (JsonNode item : history.json().path("items")) {
            steps.add(item.path("action").asText());
            units.add(item.path("unitCode").asText());
        }
        assertThat(steps).as(history.body())
                .containsExactly("RECEIVE", "TRANSFER", "START", "RESOLVE", "RETURN_TO_RECEIVER", "RETURN");
        assertThat(units).as(history.body()).containsExactly("000.00.63.H26", "000.00.63.H26", "000.03.00.H26",
                "000.03.00.H26", "000.03.00.H26", "000.00.63.H26");
        JsonNode transfer = history.json().path("items").path(1).path("details");
        assertThat(transfer.path("fromUnitCode").asText()).as(transfer.toString()).isEqualTo("000.00.63.H26");
        assertThat(transfer.path("toUnitCode").asText()).as(transfer.toString()).isEqualTo("000.03.00.H26");
        JsonNode back = history.json().path("items").path(4).path("details");
        assertThat(back.path("fromUnitCode").asText()).as(back.toString()).isEqualTo("000.03.00.H26");
        assertThat(back.path("toUnitCode").asText()).as(back.toString()).isEqualTo("000.00.63.H26");
        List<String> periods = new ArrayList<>();
        for (JsonNode period : history.json().path("unitTimes")) {
            periods.add(period.path("unitCode").asText() + " " + period.path("role").asText());
            assertThat(period.path("to").isTextual()).as("a returned dossier's periods are closed: " + period)
                    .isTrue();
        }
        assertThat(periods).as(history.body()).containsExactly("000.00.63.H26 RECEIVING", "000.03.00.H26 RESOLVING",
                "000.00.63.H26 RECEIVING");
    }

    @Test
    @Order(8)
    void aDossierReceivedEventReachesReporting() throws Exception {
        long before = receivedTotal();
        UUID dossierId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
        String receiptCode = "000.00.20.H26-" + now.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                + "-" + String.format("%04d", 1 + (int) (Math.random() * 9000));
        DossierReceivedV1 payload = new DossierReceivedV1(dossierId, receiptCode, "1.001776",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", "000.00.20.H26", "UBND xã Thử Nghiệm", UnitLevel.COMMUNE,
                Channel.ONLINE, OnlineLevel.FULL, now, now.plusDays(3), 3, UUID.randomUUID().toString().replace("-", ""),
                List.of("000.00.00.H26"));

        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.DOSSIER_RECEIVED, dossierId.toString(),
                Http.JSON.writeValueAsString(payload));
        Map<String, String> headers = Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/motcua/system-tests",
                CloudEventHeaders.TYPE, EventTypes.DOSSIER_RECEIVED_V1,
                CloudEventHeaders.TIME, now.toString(),
                CloudEventHeaders.SUBJECT, receiptCode,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long total = before;
        while (total <= before && System.nanoTime() < deadline) {
            Thread.sleep(500);
            total = receivedTotal();
        }
        assertThat(total).as("received total after one dossier-received event").isEqualTo(before + 1);
        totalAfterEvent = total;
    }

    @Test
    @Order(9)
    void stoppingLeavesNoProcessBehind() throws Exception {
        long launcherPid = launcher.pid();
        long start = System.nanoTime();
        int exit = launcher.stop(STOP_TIMEOUT);
        String stopped = "exit code " + exit + " after " + (System.nanoTime() - start) / 1_000_000 + " ms";
        assertThat(ProcessHandle.of(launcherPid).map(ProcessHandle::isAlive).orElse(false)).as(stopped).isFalse();
        assertThat(launcher.output()).as(stopped).contains("Motcua stopped");
        assertNoProcessLeft();
    }

    @Test
    @Order(10)
    void aSecondStartKeepsTheDataAndDoesNotGenerateTheDemoAgain() throws Exception {
        launcher = LauncherProcess.start(stack.env(), "up", "--demo");
        launcher.awaitOutput(LauncherProcess.READY_OUTPUT_END, START_TIMEOUT);
        assertThat(launcher.output()).contains("demo data already loaded").doesNotContain("loading demo data");
        assertThat(totalAfterEvent).as("the event test ran").isPositive();
        assertThat(receivedTotal()).as("received total after a restart: no second demo").isEqualTo(totalAfterEvent);

        launcher.stop(STOP_TIMEOUT);
        assertNoProcessLeft();
    }

    private void assertNoProcessLeft() throws InterruptedException {
        // PostgreSQL's backends and the service JVMs are gone when the launcher is; allow a moment for reaping
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!stack.runningProcesses().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(stack.runningProcesses()).as("processes of " + stack.dataDir()).isEmpty();
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))
                .filter(p -> p.info().commandLine().orElse("").contains(stack.dataDir().toString()))
                .toList()).isEmpty();
    }

    private long receivedTotal() throws Exception {
        String analyst = minter().mint("system-test-analyst", List.of("analyst"), null, Duration.ofMinutes(10));
        Http.Response kpis = Http.get(StackEnvironment.url(stack.reportingPort(), "/api/v1/kpis/received"), analyst);
        assertThat(kpis.status()).as("GET /api/v1/kpis/received as analyst: " + kpis.body()).isEqualTo(200);
        return kpis.json().path("total").asLong();
    }

    private String officer(String unit) throws Exception {
        return minter().mint("system-test-officer", List.of("officer"), unit, Duration.ofMinutes(10));
    }

    private JsonNode dossiers(String query, String token) {
        Http.Response list = Http.get(StackEnvironment.url(stack.dossierPort(), "/api/v1/dossiers?" + query), token);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }

    private TokenMinter minter() throws Exception {
        return stack.minter();
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
