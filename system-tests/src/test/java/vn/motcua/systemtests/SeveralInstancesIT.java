package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.events.CloudEventHeaders;
import vn.motcua.events.Topics;
import vn.motcua.testing.kafka.TestEvents;

/**
 * Scaling out: two instances each of dossier-service, survey-service and reporting-service (started by the launcher
 * from comma-separated port lists) on the same databases and broker; the catalog stays single. Desks spread intake
 * and the workflow's transitions over both dossier instances, citizens read and answer their surveys on both survey
 * instances, an analyst reads the KPIs from both reporting instances, the way a load balancer spreads them. Mid-stream
 * the second instance of each is killed with {@code kill -9}; the clients fail over to the first (retrying intake
 * with its Idempotency-Key, re-reading a dossier before repeating a transition) until the launcher's supervisor has
 * the killed ones healthy again, then the stream goes on over both. Afterwards, from outside: receipt codes are
 * gapless and unique per unit and day, every event was published once (one CloudEvents id per fact) and applied
 * once by each consumer, every accepted dossier has its survey in the state its dossier and citizen left it, both
 * instances of each service answer the same figures, and the outboxes are empty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIT {

    /** Seven service JVMs, PostgreSQL and Kafka booting at once on a small CI machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(420);
    /** Three killed JVMs restarting at once beside four others. */
    private static final Duration HEAL_TIMEOUT = Duration.ofSeconds(240);
    /** How long a client keeps retrying one call. */
    private static final Duration CLIENT_PATIENCE = Duration.ofSeconds(180);
    /** How long the events may take to settle after the stream, a dead consumer's session timeout (45 s) included. */
    private static final Duration CONVERGENCE = Duration.ofSeconds(180);
    private static final String DOSSIER = "dossier-service";
    private static final String SURVEY = "survey-service";
    private static final String REPORTING = "reporting-service";
    private static final List<String> SCALED = List.of(DOSSIER, SURVEY, REPORTING);
    private static final List<String> COMMUNES = List.of("000.00.61.H26", "000.00.62.H26", "000.00.63.H26",
            "000.00.64.H26");
    /** Đăng ký khai sinh: a commune-level procedure. */
    private static final String BIRTH_REGISTRATION = "1.001193";
    private static final int DESKS = 4;
    /** Dossiers received before the kill, during it (on the survivors) and after the restart. */
    private static final int DOSSIERS_PER_PHASE = 24;
    private static final Duration DESK_PAUSE = Duration.ofMillis(100);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    /** The consumer groups of the scaled consumers and the topics each reads. */
    private static final Map<String, List<String>> CONSUMER_GROUPS = Map.of(
            "survey-service", List.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED),
            "reporting-read-model", List.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED,
                    Topics.SURVEY_RESPONSE_SUBMITTED));

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private SuiteClient suite;
    private LocalDate firstDay;
    /** The HTTP ports of each scaled service's two instances, the first instance first. */
    private final Map<String, List<Integer>> ports = new HashMap<>();
    private final Calls calls = new Calls();
    private final Semaphore dossiersToReceive = new Semaphore(0);
    private final AtomicInteger dossierNumber = new AtomicInteger();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Set<String> resolved = ConcurrentHashMap.newKeySet();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Accepted> surveysToAnswer = new ConcurrentLinkedQueue<>();
    private volatile boolean streaming = true;
    private final AtomicInteger desksAtWork = new AtomicInteger(DESKS);
    private volatile long citizensGiveUpAt = Long.MAX_VALUE;

    /** A dossier the desk got a receipt for. */
    private record Accepted(String id, String unit, String receiptCode, String surveyToken) {
    }

    /** A call's answer and the instance (0 or 1) that gave it; retried when an earlier attempt got no answer. */
    private record Answer(Http.Response response, int instance, boolean retried) {

        int status() {
            return response.status();
        }
    }

    @BeforeAll
    void startTwoInstancesOfEachScaledService() throws Exception {
        stack = StackEnvironment.create();
        List<Integer> second = stack.morePorts(SCALED.size());
        ports.put(DOSSIER, List.of(stack.dossierPort(), second.get(0)));
        ports.put(SURVEY, List.of(stack.surveyPort(), second.get(1)));
        ports.put(REPORTING, List.of(stack.reportingPort(), second.get(2)));
        Map<String, String> env = new HashMap<>(stack.env());
        env.put("MOTCUA_DOSSIER_PORT", portList(DOSSIER));
        env.put("MOTCUA_SURVEY_PORT", portList(SURVEY));
        env.put("MOTCUA_REPORTING_PORT", portList(REPORTING));
        env.put("MOTCUA_START_TIMEOUT", Long.toString(START_TIMEOUT.toSeconds() - 30));
        launcher = LauncherProcess.start(env, "up");
        launcher.awaitOutput(LauncherProcess.READY_OUTPUT_END, START_TIMEOUT);
        suite = new SuiteClient(stack);
        suite.importSeedCatalog();
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
    void twoInstancesOfEachServiceShareTheStreamAndKillingOneOfEachLosesAndRepeatsNothing() throws Exception {
        long started = System.nanoTime();
        firstDay = SuiteClient.today();
        JsonNode procedure = suite.procedure(BIRTH_REGISTRATION);
        SoftAssertions softly = new SoftAssertions();
        checkBothInstancesConsume(softly, "with both instances up");

        ExecutorService clients = Executors.newFixedThreadPool(DESKS + 2);
        List<Future<?>> running = new ArrayList<>();
        for (int desk = 0; desk < DESKS; desk++) {
            running.add(clients.submit(() -> desk(procedure)));
        }
        running.add(clients.submit(this::citizens));
        running.add(clients.submit(this::analyst));
        try {
            dossiersToReceive.release(2 * DOSSIERS_PER_PHASE);
            awaitAccepted(DOSSIERS_PER_PHASE);
            calls.phase("killed");
            killSecondInstances();
            awaitAccepted(2 * DOSSIERS_PER_PHASE);
            for (String service : SCALED) {
                launcher.awaitOutput(service + "-2 is healthy again", HEAL_TIMEOUT);
            }
            calls.phase("restarted");
            dossiersToReceive.release(DOSSIERS_PER_PHASE);
            awaitAccepted(3 * DOSSIERS_PER_PHASE);
        } finally {
            citizensGiveUpAt = System.nanoTime() + CONVERGENCE.toNanos();
            streaming = false;
            clients.shutdown();
            assertThat(clients.awaitTermination(CONVERGENCE.toSeconds() + CLIENT_PATIENCE.toSeconds(),
                    TimeUnit.SECONDS)).as("the clients stop").isTrue();
        }
        for (Future<?> client : running) {
            client.get();
        }
        String figures = calls.table() + "\naccepted " + accepted.size() + ", resolved " + resolved.size()
                + ", surveys answered " + answered.size();
        System.out.println(figures);

        assertThat(calls.violations()).as("answers no client may get\n" + figures).isEmpty();
        checkTheWorkWasSpreadAndTheKillFelt(softly, figures);
        checkBothInstancesConsume(softly, "after the killed instances restarted");
        checkReceiptCodes(softly);
        checkEventsPublishedOnce(softly);
        checkReportingCountsEachEventOnce(softly);
        checkEverySurvey(softly);
        checkTheDatabases(softly);
        System.out.printf("SeveralInstancesIT: stream and checks took %.0f s%n", (System.nanoTime() - started) / 1e9);
        softly.assertAll();
    }

    /** A desk: receives dossiers while there are some to receive, starting and resolving every other pair. */
    private void desk(JsonNode procedure) {
        try {
            receiveWhileStreaming(procedure);
        } finally {
            desksAtWork.decrementAndGet();
        }
    }

    private void receiveWhileStreaming(JsonNode procedure) {
        while (streaming) {
            if (!take(dossiersToReceive)) {
                continue;
            }
            int n = dossierNumber.getAndIncrement();
            // four dossiers in a row at one commune: both instances number the same unit-day
            String unit = COMMUNES.get(n / 4 % COMMUNES.size());
            int instance = n % 2;
            String officer = suite.token("officer", unit);
            String body = Http.json(SuiteClient.intakeRequest(procedure, unit, "IN_PERSON",
                    Applicants.CITIZEN.json()));
            Answer intake = untilAnswered(DOSSIER, instance, "intake", "POST", "/api/v1/dossiers", officer, body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            // 200: the retry of an intake whose answer was lost, replayed from its Idempotency-Key
            if (intake.status() != 201 && !(intake.status() == 200 && intake.retried())) {
                calls.violation("intake answered " + intake.status() + " " + intake.response().body());
                continue;
            }
            JsonNode receipt = intake.response().json();
            Accepted dossier = new Accepted(receipt.path("id").asText(), unit, receipt.path("receiptCode").asText(),
                    receipt.path("surveyToken").asText());
            accepted.put(dossier.id(), dossier);
            if (n / 2 % 2 == 0) {
                // started on the other instance than the one that received it, resolved on that one again
                String etag = transition(officer, dossier.id(), "start", intake.response().header("ETag"), Map.of(),
                        "IN_PROGRESS", 1 - instance);
                if (etag != null && transition(officer, dossier.id(), "resolve", etag, Map.of("outcome", "APPROVED"),
                        "RESOLVED", instance) != null) {
                    resolved.add(dossier.id());
                    surveysToAnswer.add(dossier);
                }
            }
            SuiteClient.pause(DESK_PAUSE);
        }
    }

    /**
     * A transition until it is done: after no answer or a 503 the client re-reads the dossier on the other instance,
     * since the transition may have committed before its answer was lost. Returns the new ETag, null on refusal.
     */
    private String transition(String officer, String id, String action, String etag, Map<String, String> request,
            String target, int preferred) {
        String version = etag;
        int instance = preferred;
        boolean retried = false;
        long deadline = System.nanoTime() + CLIENT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String path = "/api/v1/dossiers/" + id + "/" + action;
            Http.Response answer = version == null ? null : calls.send(instanceName(DOSSIER, instance), "transition",
                    "POST", url(DOSSIER, instance, path), officer, Http.json(request), Map.of("If-Match", version));
            if (answer != null && answer.status() == 200) {
                return answer.header("ETag");
            }
            boolean movedOnAfterRetry = answer != null && retried && (answer.status() == 409 || answer.status() == 412);
            if (answer != null && answer.status() != 503 && !movedOnAfterRetry) {
                calls.violation(action + " of " + id + " answered " + answer.status() + " " + answer.body());
                return null;
            }
            retried = true;
            instance = 1 - instance;
            Answer current = untilAnswered(DOSSIER, instance, "read", "GET", "/api/v1/dossiers/" + id, officer, null,
                    Map.of());
            if (current.status() != 200) {
                calls.violation("GET dossier " + id + " answered " + current.status() + " "
                        + current.response().body());
                return null;
            }
            if (current.response().json().path("status").asText().equals(target)) {
                return current.response().header("ETag");
            }
            version = current.response().header("ETag");
        }
        throw new AssertionError(action + " of " + id + " not done within " + CLIENT_PATIENCE.toSeconds() + " s");
    }

    /** Citizens: each resolved dossier's survey is read until it is open, then answered, on alternate instances. */
    private void citizens() {
        List<Accepted> waiting = new ArrayList<>();
        int k = 0;
        while (System.nanoTime() < citizensGiveUpAt) {
            // read before taking the queue: once the desks are done, the queue holds every survey still to come
            boolean desksDone = desksAtWork.get() == 0;
            for (Accepted dossier = surveysToAnswer.poll(); dossier != null; dossier = surveysToAnswer.poll()) {
                waiting.add(dossier);
            }
            if (desksDone && waiting.isEmpty()) {
                return;
            }
            for (Iterator<Accepted> next = waiting.iterator(); next.hasNext(); ) {
                Accepted dossier = next.next();
                String path = "/api/v1/surveys/" + dossier.surveyToken();
                Answer survey = untilAnswered(SURVEY, k++ % 2, "survey", "GET", path, null, null, Map.of());
                // 404 until survey-service has read dossier-received, NOT_YET_OPEN until it has read dossier-resolved
                if (survey.status() == 404 || survey.status() == 200
                        && survey.response().json().path("state").asText().equals("NOT_YET_OPEN")) {
                    continue;
                }
                next.remove();
                if (survey.status() != 200 || !survey.response().json().path("state").asText().equals("OPEN")) {
                    calls.violation("survey of " + dossier.id() + ": " + survey.status() + " "
                            + survey.response().body());
                    continue;
                }
                String answers = Http.json(CitizenJourneyIT.Answers.allFivesButOneThree(survey.response().json())
                        .body());
                Answer answer = untilAnswered(SURVEY, survey.instance(), "answer", "POST", path + "/responses", null,
                        answers, Map.of());
                // 409 after a lost answer: the first attempt was recorded
                if (answer.status() == 201 || answer.status() == 409 && answer.retried()) {
                    answered.add(dossier.id());
                } else {
                    calls.violation("answer to the survey of " + dossier.id() + ": " + answer.status() + " "
                            + answer.response().body());
                }
            }
            SuiteClient.pause(RETRY_PAUSE);
        }
    }

    /** An analyst's dashboard reading today's KPIs from either reporting instance. */
    private void analyst() {
        String analyst = suite.token("analyst", null);
        for (int k = 0; streaming; k++) {
            int instance = k % 2;
            Http.Response kpis = calls.send(instanceName(REPORTING, instance), "kpis", "GET", url(REPORTING, instance,
                    "/api/v1/kpis?from=" + firstDay + "&to=" + SuiteClient.today()), analyst, null, Map.of());
            if (kpis != null && kpis.status() != 200 && kpis.status() != 503) {
                calls.violation("GET kpis answered " + kpis.status() + " " + kpis.body());
            }
            SuiteClient.pause(Duration.ofMillis(500));
        }
    }

    /**
     * A call to the service's instance {@code preferred}, sent to the other instance whenever there is no answer or a
     * 503, as a load balancer with health checks would, until answered. Only safe for calls that may be repeated.
     */
    private Answer untilAnswered(String service, int preferred, String what, String method, String path, String token,
            String body, Map<String, String> headers) {
        long deadline = System.nanoTime() + CLIENT_PATIENCE.toNanos();
        int instance = preferred;
        boolean retried = false;
        while (System.nanoTime() < deadline) {
            Http.Response answer = calls.send(instanceName(service, instance), what, method, url(service, instance,
                    path), token, body, headers);
            if (answer != null && answer.status() != 503) {
                return new Answer(answer, instance, retried);
            }
            retried = true;
            instance = 1 - instance;
            SuiteClient.pause(RETRY_PAUSE);
        }
        throw new AssertionError(method + " " + path + " not answered within " + CLIENT_PATIENCE.toSeconds() + " s");
    }

    /** kill -9 of the second instance of every scaled service at once, children of the launcher. */
    private void killSecondInstances() throws Exception {
        List<ProcessHandle> victims = new ArrayList<>();
        for (String service : SCALED) {
            String marker = "-Dmotcua.instance=" + service + "-2";
            ProcessHandle victim = ProcessHandle.of(launcher.pid()).orElseThrow().descendants()
                    .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(marker)).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + service + "-2 under the launcher"));
            assertThat(victim.destroyForcibly()).as("SIGKILL to " + service + "-2").isTrue();
            victims.add(victim);
        }
        for (ProcessHandle victim : victims) {
            victim.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private void checkTheWorkWasSpreadAndTheKillFelt(SoftAssertions softly, String figures) {
        for (String instance : List.of(DOSSIER, DOSSIER + "-2")) {
            softly.assertThat(calls.count("both up", instance, "intake", "201")).as(instance + " received dossiers\n"
                    + figures).isPositive();
            softly.assertThat(calls.count(null, instance, "transition", "200")).as(instance + " applied transitions\n"
                    + figures).isPositive();
        }
        softly.assertThat(calls.count("killed", DOSSIER, "intake", "201"))
                .as("dossier-service received dossiers while dossier-service-2 was down\n" + figures).isPositive();
        softly.assertThat(calls.count("restarted", DOSSIER + "-2", "intake", "201"))
                .as("the restarted dossier-service-2 received dossiers again\n" + figures).isPositive();
        for (String service : SCALED) {
            softly.assertThat(calls.count("killed", service + "-2", null, Calls.NO_CONNECTION))
                    .as("the clients found " + service + "-2 gone\n" + figures).isPositive();
        }
        for (String instance : List.of(SURVEY, SURVEY + "-2")) {
            softly.assertThat(calls.count(null, instance, "answer", "201")).as(instance + " recorded answers\n"
                    + figures).isPositive();
        }
        softly.assertThat(calls.count("restarted", REPORTING + "-2", "kpis", "200"))
                .as("the restarted reporting-service-2 answers again\n" + figures).isPositive();
    }

    /** Each instance consumes: every topic of a scaled consumer group has partitions at two members, one each. */
    private void checkBothInstancesConsume(SoftAssertions softly, String when) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            for (Map.Entry<String, List<String>> group : CONSUMER_GROUPS.entrySet()) {
                Map<String, Long> expected = group.getValue().stream()
                        .collect(Collectors.toMap(Function.identity(), topic -> 2L));
                Map<String, Long> consumers = SuiteClient.await(CONVERGENCE, () -> consumersByTopic(admin,
                        group.getKey()), expected::equals);
                softly.assertThat(consumers).as("consumers with partitions, per topic, of group " + group.getKey()
                        + " " + when).isEqualTo(expected);
            }
        }
    }

    private static Map<String, Long> consumersByTopic(Admin admin, String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(10, TimeUnit.SECONDS);
            Map<String, Long> consumers = new TreeMap<>();
            description.members().forEach(member -> member.assignment().topicPartitions().stream()
                    .map(TopicPartition::topic).distinct().forEach(topic -> consumers.merge(topic, 1L, Long::sum)));
            return consumers;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        }
    }

    /**
     * Per unit and day, the receipt codes the desks got are {@code -0001} up to the number of dossiers, each once,
     * and the dossiers the service lists for the unit are exactly those the desks got receipts for.
     */
    private void checkReceiptCodes(SoftAssertions softly) {
        Map<String, List<String>> codesByUnitDay = accepted.values().stream().collect(Collectors.groupingBy(
                d -> d.receiptCode().substring(0, d.receiptCode().lastIndexOf('-')),
                Collectors.mapping(Accepted::receiptCode, Collectors.toList())));
        codesByUnitDay.forEach((unitDay, codes) -> softly.assertThat(codes.stream().sorted().toList())
                .as("receipt codes of " + unitDay).containsExactlyElementsOf(IntStream.rangeClosed(1, codes.size())
                        .mapToObj(n -> unitDay + "-" + String.format("%04d", n)).toList()));
        for (String unit : COMMUNES) {
            Set<String> expected = accepted.values().stream().filter(d -> d.unit().equals(unit)).map(Accepted::id)
                    .collect(Collectors.toSet());
            softly.assertThat(expected).as("dossiers received at " + unit).isNotEmpty();
            softly.assertThat(listedIds(unit)).as("the dossiers dossier-service lists for " + unit).isEqualTo(expected);
            accepted.values().stream().filter(d -> d.unit().equals(unit)).forEach(d -> softly.assertThat(
                    d.receiptCode()).as("receipt code of a dossier of " + unit).startsWith(unit + "-"));
        }
    }

    private Set<String> listedIds(String unit) {
        Set<String> ids = new HashSet<>();
        String officer = suite.token("officer", unit);
        for (int page = 0; ; page++) {
            Http.Response list = Http.get(url(DOSSIER, page % 2, "/api/v1/dossiers?unit=" + unit + "&receivedFrom="
                    + firstDay + "&size=100&page=" + page), officer);
            assertThat(list.status()).as("GET /api/v1/dossiers: " + list.body()).isEqualTo(200);
            list.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
            if ((page + 1) * 100L >= list.json().path("total").asLong()) {
                return ids;
            }
        }
    }

    /**
     * One CloudEvent per fact on each topic: each accepted dossier has one dossier-received id, each resolved one a
     * dossier-resolved id, each answered survey one survey-response-submitted id; a relay's republication after a
     * kill repeats an id and is fine. Nothing went to a dead-letter topic.
     */
    private void checkEventsPublishedOnce(SoftAssertions softly) {
        Map<String, Set<String>> expected = Map.of(Topics.DOSSIER_RECEIVED, accepted.keySet(),
                Topics.DOSSIER_RESOLVED, resolved, Topics.SURVEY_RESPONSE_SUBMITTED, answered);
        expected.forEach((topic, keys) -> {
            Map<String, List<String>> ids = eventIdsByKey(topic);
            softly.assertThat(ids.keySet()).as("the dossiers with events on " + topic).isEqualTo(keys);
            ids.forEach((key, eventIds) -> softly.assertThat(Set.copyOf(eventIds))
                    .as("the event ids of dossier " + key + " on " + topic).hasSize(1));
            System.out.printf("%s: %d records, %d events%n", topic, ids.values().stream().mapToInt(List::size).sum(),
                    ids.size());
            softly.assertThat(eventIdsByKey(topic + ".dlq")).as("dead letters of " + topic).isEmpty();
        });
    }

    /** Every record of {@code topic} from its beginning: CloudEvents ids by record key (the dossier id). */
    private Map<String, List<String>> eventIdsByKey(String topic) {
        Map<String, List<String>> ids = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("reading " + topic + " to its end").isLessThan(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    ids.computeIfAbsent(record.key(), key -> new ArrayList<>())
                            .add(TestEvents.header(record, CloudEventHeaders.ID));
                }
            }
        }
        return ids;
    }

    /**
     * Both reporting instances count, per commune, exactly the dossiers accepted, resolved and whose surveys were
     * answered there, and nothing more a little later.
     */
    private void checkReportingCountsEachEventOnce(SoftAssertions softly) throws InterruptedException {
        Map<String, List<Long>> expected = new TreeMap<>();
        for (String unit : COMMUNES) {
            expected.put(unit, List.of(count(accepted.keySet(), unit), count(resolved, unit), count(answered, unit)));
        }
        for (int instance = 0; instance < 2; instance++) {
            int port = ports.get(REPORTING).get(instance);
            Map<String, List<Long>> counted = SuiteClient.await(CONVERGENCE, () -> figures(port),
                    expected::equals);
            softly.assertThat(counted).as(instanceName(REPORTING, instance)
                    + ": received, resolved and survey responses per commune").isEqualTo(expected);
        }
        Thread.sleep(5000);
        softly.assertThat(figures(ports.get(REPORTING).get(1))).as("and no late duplicate").isEqualTo(expected);
    }

    private long count(Set<String> dossierIds, String unit) {
        return dossierIds.stream().filter(id -> accepted.get(id).unit().equals(unit)).count();
    }

    private Map<String, List<Long>> figures(int reportingPort) {
        Map<String, List<Long>> figures = new TreeMap<>();
        for (String unit : COMMUNES) {
            JsonNode kpis = suite.kpis(reportingPort, unit, firstDay, SuiteClient.today());
            figures.put(unit, List.of(kpis.path("received").path("total").asLong(),
                    kpis.path("resolved").path("total").asLong(),
                    kpis.path("satisfaction").path("responses").asLong()));
        }
        return figures;
    }

    /** Every accepted dossier has its survey: answered when resolved (the citizens answered all), else not open. */
    private void checkEverySurvey(SoftAssertions softly) {
        int k = 0;
        for (Accepted dossier : accepted.values()) {
            Http.Response survey = Http.get(url(SURVEY, k++ % 2, "/api/v1/surveys/" + dossier.surveyToken()), null);
            softly.assertThat(survey.status()).as("survey of dossier " + dossier.id() + ": " + survey.body())
                    .isEqualTo(200);
            if (survey.status() == 200) {
                softly.assertThat(survey.json().path("state").asText()).as("survey of dossier " + dossier.id())
                        .isEqualTo(answered.contains(dossier.id()) ? "ANSWERED" : "NOT_YET_OPEN");
            }
        }
        softly.assertThat(answered).as("every resolved dossier's survey was answered").isEqualTo(resolved);
    }

    /**
     * What the services wrote, read as the operator: the outboxes hold one row per fact and none unsent; survey-service
     * has one survey per accepted dossier and one response per answer, and each consumer's ledger one applied event
     * per fact.
     */
    private void checkTheDatabases(SoftAssertions softly) throws Exception {
        long received = accepted.size();
        softly.assertThat(query("dossier", "select count(*) from outbox_event where sent_at is null"))
                .as("unsent rows in dossier-service's outbox").isZero();
        softly.assertThat(query("dossier", "select count(*) from outbox_event"))
                .as("dossier-service's outbox rows: one per intake and per resolution")
                .isEqualTo(received + resolved.size());
        softly.assertThat(query("survey", "select count(*) from outbox_event where sent_at is null"))
                .as("unsent rows in survey-service's outbox").isZero();
        softly.assertThat(query("survey", "select count(*) from outbox_event")).as("survey-service's outbox rows")
                .isEqualTo((long) answered.size());
        softly.assertThat(query("survey", "select count(*) from survey")).as("surveys").isEqualTo(received);
        softly.assertThat(query("survey", "select count(*) from survey_response")).as("survey responses")
                .isEqualTo((long) answered.size());
        softly.assertThat(query("survey", "select count(*) from processed_event where topic = 'dossier-received'"))
                .as("dossier-received events survey-service applied").isEqualTo(received);
        softly.assertThat(query("survey", "select count(*) from processed_event where topic = 'dossier-resolved'"))
                .as("dossier-resolved events survey-service applied").isEqualTo((long) resolved.size());
        String readModel = "read_model_" + query("reporting", "select generation from public.read_model_generation");
        softly.assertThat(query("reporting", "select count(*) from " + readModel + ".processed_event"))
                .as("events reporting-service applied").isEqualTo(received + resolved.size() + answered.size());
        softly.assertThat(query("reporting", "select count(*) from " + readModel + ".dossier"))
                .as("dossiers in reporting's read model").isEqualTo(received);
    }

    private long query(String database, String sql) throws Exception {
        try (Connection connection = stack.superuserConnection(database); Statement statement =
                connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getLong(1);
        }
    }

    private void awaitAccepted(int count) throws InterruptedException {
        int received = SuiteClient.await(HEAL_TIMEOUT, accepted::size, n -> n >= count);
        assertThat(received).as("dossiers accepted\n" + calls.table() + "\n" + calls.violations())
                .isGreaterThanOrEqualTo(count);
    }

    private String portList(String service) {
        return ports.get(service).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private String url(String service, int instance, String path) {
        return StackEnvironment.url(ports.get(service).get(instance), path);
    }

    /** The launcher's name for the instance: the first has the service's name, the second {@code <service>-2}. */
    private static String instanceName(String service, int instance) {
        return instance == 0 ? service : service + "-" + (instance + 1);
    }

    private static boolean take(Semaphore permits) {
        try {
            return permits.tryAcquire(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every call's outcome by phase, instance and kind of call, and the answers no client may get. */
    private static final class Calls {

        static final String NO_CONNECTION = "no connection";

        private volatile String phase = "both up";
        private final Map<List<String>, AtomicInteger> counts = new ConcurrentHashMap<>();
        private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

        void phase(String name) {
            phase = name;
        }

        /** One attempt at {@code instance}: its answer, or null when there was no connection (refused or reset). */
        Http.Response send(String instance, String what, String method, String url, String token, String body,
                Map<String, String> headers) {
            List<String> key = List.of(phase, instance, what);
            try {
                Http.Response answer = Http.send(method, url, token, "application/json", body, headers);
                counts.computeIfAbsent(append(key, Integer.toString(answer.status())), k -> new AtomicInteger())
                        .incrementAndGet();
                if (answer.status() >= 500 && (answer.status() != 503 || answer.header("Retry-After") == null)) {
                    violation(method + " " + url + " on " + instance + " answered " + answer.status() + " "
                            + answer.body());
                }
                return answer;
            } catch (UncheckedIOException noConnection) {
                counts.computeIfAbsent(append(key, NO_CONNECTION), k -> new AtomicInteger()).incrementAndGet();
                return null;
            }
        }

        private static List<String> append(List<String> key, String outcome) {
            List<String> full = new ArrayList<>(key);
            full.add(outcome);
            return List.copyOf(full);
        }

        /** Calls with this outcome; a null phase or kind counts every one. */
        int count(String during, String instance, String what, String outcome) {
            return counts.entrySet().stream().filter(e -> (during == null || e.getKey().get(0).equals(during))
                    && e.getKey().get(1).equals(instance) && (what == null || e.getKey().get(2).equals(what))
                    && e.getKey().get(3).equals(outcome)).mapToInt(e -> e.getValue().get()).sum();
        }

        void violation(String description) {
            violations.add(description);
        }

        List<String> violations() {
            return List.copyOf(violations);
        }

        String table() {
            StringBuilder table = new StringBuilder("calls by phase, instance, kind and outcome:");
            new TreeMap<>(counts.entrySet().stream().collect(Collectors.toMap(e -> String.join(" | ", e.getKey()),
                    e -> e.getValue().get()))).forEach((key, n) -> table.append("\n  ").append(key).append(": ")
                    .append(n));
            return table.toString();
        }
    }
}
