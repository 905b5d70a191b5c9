package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.testing.embedded.EmbeddedKafka;

/**
 * Faults a district's server room will see, during a stream of intakes and resolutions from a few desk clients:
 * each of the four services killed with {@code kill -9} in turn (the launcher's supervisor restarts it), the Kafka
 * broker stopped for a while and PostgreSQL restarted. The broker runs in this test's JVM and the stack uses it as
 * an external Kafka ({@code MOTCUA_KAFKA_BOOTSTRAP}), so the test can stop and start it on the same log folder.
 * Clients only ever get a 2xx, a 503 with Retry-After or a refused connection, and retry with the same
 * Idempotency-Key or after re-reading the dossier; afterwards reporting counts every accepted dossier exactly
 * once, and every resolved one as resolved exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultToleranceIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** A killed service's JVM restarting beside three others on a loaded machine. */
    private static final Duration HEAL_TIMEOUT = Duration.ofSeconds(240);
    /** How long a client keeps retrying one call while a fault lasts. */
    private static final Duration CLIENT_PATIENCE = Duration.ofSeconds(300);
    private static final Duration CONVERGENCE = Duration.ofSeconds(240);
    private static final List<String> COMMUNES = List.of("000.00.61.H26", "000.00.62.H26", "000.00.63.H26",
            "000.00.64.H26");
    private static final List<String> CHANNELS = List.of("IN_PERSON", "ONLINE", "POSTAL");
    /** Đăng ký khai sinh: a commune-level procedure. */
    private static final String BIRTH_REGISTRATION = "1.001193";
    private static final List<String> KILLED_IN_TURN = List.of("dossier-service", "reporting-service",
            "survey-service", "procedure-catalog");
    private static final Duration BROKER_DOWNTIME = Duration.ofSeconds(20);
    private static final int DESK_CLIENTS = 3;
    private static final Duration DESK_PAUSE = Duration.ofMillis(300);
    /** Dossiers accepted between two faults, so each fault hits a stream that is flowing. */
    private static final int DOSSIERS_BETWEEN_FAULTS = 15;

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private EmbeddedKafka kafka;
    private SuiteClient suite;
    private final Responses responses = new Responses();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> resolved = ConcurrentHashMap.newKeySet();
    private volatile boolean streaming = true;
    private int acceptedWhileBrokerDown;

    @BeforeAll
    void startTheStackWithTheSeedCatalog() throws Exception {
        stack = StackEnvironment.create();
        kafka = startBroker();
        Map<String, String> env = new java.util.HashMap<>(stack.env());
        env.put("MOTCUA_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
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
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.delete();
        }
    }

    @Test
    void everyAcceptedDossierIsCountedOnceWhileServicesAreKilledAndPostgresRestarts() throws Exception {
        LocalDate today = SuiteClient.today();
        Figures before = figures(today);
        JsonNode procedure = suite.procedure(BIRTH_REGISTRATION);

        ExecutorService clients = Executors.newFixedThreadPool(DESK_CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int desk = 0; desk < DESK_CLIENTS; desk++) {
            int first = desk;
            running.add(clients.submit(() -> deskClient(procedure, first)));
        }
        running.add(clients.submit(this::analystClient));
        try {
            awaitAccepted(DOSSIERS_BETWEEN_FAULTS);
            for (String service : KILLED_IN_TURN) {
                responses.phase("kill -9 " + service);
                killAndAwaitRestart(service);
                responses.phase("steady");
                awaitAccepted(accepted.size() + DOSSIERS_BETWEEN_FAULTS);
            }
            responses.phase("Kafka broker stopped");
            int acceptedBeforeBrokerStop = accepted.size();
            kafka.close();
            kafka = null;
            Thread.sleep(BROKER_DOWNTIME.toMillis());
            acceptedWhileBrokerDown = accepted.size() - acceptedBeforeBrokerStop;
            kafka = startBroker();
            responses.phase("steady");
            awaitAccepted(accepted.size() + DOSSIERS_BETWEEN_FAULTS);
            responses.phase("PostgreSQL restart");
            restartPostgres();
            for (int port : List.of(stack.catalogPort(), stack.dossierPort(), stack.surveyPort(), stack.reportingPort())) {
                awaitReady(port);
            }
            responses.phase("steady");
            awaitAccepted(accepted.size() + DOSSIERS_BETWEEN_FAULTS);
        } finally {
            streaming = false;
            clients.shutdown();
            assertThat(clients.awaitTermination(CLIENT_PATIENCE.toSeconds() + 60, TimeUnit.SECONDS))
                    .as("the clients stop").isTrue();
        }
        for (Future<?> client : running) {
            client.get();
        }
        String figures = responses.table() + "\naccepted " + accepted.size() + ", resolved " + resolved.size()
                + ", accepted while the broker was down " + acceptedWhileBrokerDown;
        System.out.println(figures);

        assertThat(responses.violations()).as("answers other than 2xx, 503 with Retry-After or no connection:\n"
                + figures).isEmpty();
        for (String killed : KILLED_IN_TURN) {
            assertThat(responses.failures("kill -9 " + killed)).as("the clients felt " + killed + " go down\n"
                    + figures).isPositive();
        }
        assertThat(acceptedWhileBrokerDown).as("intake goes on without the broker (the outbox keeps the events)\n"
                + figures).isPositive();
        Figures expected = before.plus(accepted.size(), resolved.size());
        Figures after = SuiteClient.await(CONVERGENCE, () -> figures(today),
                f -> f.received() >= expected.received() && f.resolved() >= expected.resolved());
        assertThat(after).as("reporting after the faults\n" + figures).isEqualTo(expected);
        Thread.sleep(5000);
        assertThat(figures(today)).as("and no late duplicate").isEqualTo(expected);
    }

    /** A desk receiving dossiers in turn at the four communes, starting and resolving every third one. */
    private void deskClient(JsonNode procedure, int desk) {
        for (int n = desk; streaming; n += DESK_CLIENTS) {
            String unit = COMMUNES.get(n % COMMUNES.size());
            String officer = suite.token("officer", unit);
            String body = json(SuiteClient.intakeRequest(procedure, unit, CHANNELS.get(n % CHANNELS.size()),
                    Applicants.CITIZEN.json()));
            Map<String, String> idempotency = Map.of("Idempotency-Key", UUID.randomUUID().toString());
            Http.Response intake = untilAnswered("intake", () -> responses.send("POST",
                    suite.dossiers("/api/v1/dossiers"), officer, body, idempotency), true);
            // 200: a retry with the same Idempotency-Key after a lost answer, replaying the intake that committed
            if (intake.status() != 201 && intake.status() != 200) {
                responses.violation("POST /api/v1/dossiers " + body + " answered " + intake.status() + " "
                        + intake.body());
                continue;
            }
            String id = intake.json().path("id").asText();
            accepted.add(id);
            if (n % 3 == 0) {
                String etag = transition(officer, id, "start", intake.header("ETag"), Map.of(), "IN_PROGRESS");
                if (etag != null && transition(officer, id, "resolve", etag, Map.of("outcome", "APPROVED"),
                        "RESOLVED") != null) {
                    resolved.add(id);
                }
            }
            pause(DESK_PAUSE);
        }
    }

    /**
     * A transition retried until it is done: after a 503 or a lost connection the client re-reads the dossier,
     * since the transition may have committed before the answer was lost. Returns the new ETag, null on refusal.
     */
    private String transition(String officer, String id, String action, String etag, Map<String, String> request,
            String target) {
        String url = suite.dossiers("/api/v1/dossiers/" + id + "/" + action);
        String version = etag;
        boolean retrying = false;
        long deadline = System.nanoTime() + CLIENT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response answer = responses.send("POST", url, officer, json(request), Map.of("If-Match", version));
            if (answer != null && answer.status() == 200) {
                return answer.header("ETag");
            }
            boolean staleAfterRetry = answer != null && retrying && (answer.status() == 409 || answer.status() == 412);
            if (answer != null && answer.status() != 503 && !staleAfterRetry) {
                responses.violation("POST " + url + " answered " + answer.status() + " " + answer.body());
                return null;
            }
            retrying = true;
            pause(Duration.ofMillis(500));
            Http.Response current = untilAnswered("read", () -> responses.send("GET",
                    suite.dossiers("/api/v1/dossiers/" + id), officer, null, Map.of()), false);
            if (current.status() != 200) {
                responses.violation("GET /api/v1/dossiers/" + id + " answered " + current.status() + " "
                        + current.body());
                return null;
            }
            if (current.json().path("status").asText().equals(target)) {
                return current.header("ETag");
            }
            version = current.header("ETag");
        }
        throw new AssertionError(action + " of " + id + " not done within " + CLIENT_PATIENCE.toSeconds() + " s");
    }

    /** An analyst's dashboard, a kiosk and a citizen's phone reading the other services while the faults happen. */
    private void analystClient() {
        String analyst = suite.token("analyst", null);
        LocalDate today = SuiteClient.today();
        while (streaming) {
            for (String url : List.of(suite.reporting("/api/v1/kpis?from=" + today + "&to=" + today),
                    suite.surveys("/api/v1/questionnaires/current"),
                    suite.catalog("/api/v1/procedures/" + BIRTH_REGISTRATION))) {
                Http.Response answer = responses.send("GET", url, analyst, null, Map.of());
                if (answer != null && answer.status() != 200 && answer.status() != 503) {
                    responses.violation("GET " + url + " answered " + answer.status() + " " + answer.body());
                }
            }
            pause(Duration.ofMillis(500));
        }
    }

    /** Repeats {@code call} while it gets no connection or a 503 (or, when retrying a write, a 409 in progress). */
    private Http.Response untilAnswered(String what, Supplier<Http.Response> call, boolean conflictMeansInProgress) {
        long deadline = System.nanoTime() + CLIENT_PATIENCE.toNanos();
        boolean retrying = false;
        while (System.nanoTime() < deadline) {
            Http.Response answer = call.get();
            boolean inProgress = conflictMeansInProgress && retrying && answer != null && answer.status() == 409;
            if (answer != null && answer.status() != 503 && !inProgress) {
                return answer;
            }
            retrying = true;
            pause(Duration.ofMillis(500));
        }
        throw new AssertionError(what + " not answered within " + CLIENT_PATIENCE.toSeconds() + " s");
    }

    private void awaitAccepted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + HEAL_TIMEOUT.toNanos();
        while (accepted.size() < count) {
            assertThat(System.nanoTime()).as("only " + accepted.size() + " of " + count + " dossiers accepted\n"
                    + responses.table() + "\n" + responses.violations()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** kill -9 of the service's JVM, a child of the launcher; returns once the supervisor has it healthy again. */
    private void killAndAwaitRestart(String module) throws Exception {
        String jar = "/" + module + "/target/quarkus-app/quarkus-run.jar";
        ProcessHandle victim = ProcessHandle.of(launcher.pid()).orElseThrow().descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no " + module + " process under the launcher"));
        assertThat(victim.destroyForcibly()).as("SIGKILL to " + module).isTrue();
        victim.onExit().get(30, TimeUnit.SECONDS);
        launcher.awaitOutput(module + " is healthy again", HEAL_TIMEOUT);
        assertThat(launcher.isAlive()).isTrue();
    }

    /**
     * {@code pg_ctl restart -m fast} on the stack's embedded server, as the user that runs it (the launcher runs it
     * as {@code nobody} when it runs as root): every open connection of every service breaks.
     */
    private void restartPostgres() throws Exception {
        Path data = stack.dataDir().resolve("postgres");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
        String owner = postmaster.info().user().orElseThrow();
        List<String> command = new ArrayList<>();
        if (!owner.equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", owner, "--"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(), "restart"));
        Process restart = new ProcessBuilder(command).directory(Path.of("/tmp").toFile()).redirectErrorStream(true)
                .start();
        String output = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(restart.waitFor(90, TimeUnit.SECONDS)).as("pg_ctl restart").isTrue();
        assertThat(restart.exitValue()).as("pg_ctl restart: " + output).isZero();
    }

    private static void awaitReady(int port) throws InterruptedException {
        Http.Response ready = SuiteClient.await(HEAL_TIMEOUT, () -> {
            try {
                return Http.get(StackEnvironment.url(port, "/q/health/ready"), null);
            } catch (UncheckedIOException e) {
                return new Http.Response(0, "", e.getMessage());
            }
        }, r -> r.status() == 200);
        assertThat(ready.status()).as("ready on port " + port + ": " + ready.body()).isEqualTo(200);
    }

    /** The stack's Kafka, on the ports and log folder it keeps across a stop and start. */
    private EmbeddedKafka startBroker() throws IOException {
        return EmbeddedKafka.start(stack.dataDir().resolve("kafka-outside-the-launcher"), stack.kafkaPort(),
                stack.kafkaControllerPort(), true);
    }

    /** What reporting counts for the four communes today. */
    private Figures figures(LocalDate today) {
        long received = 0;
        long resolvedTotal = 0;
        long approved = 0;
        for (String unit : COMMUNES) {
            JsonNode kpis = suite.kpis(unit, today, today);
            received += kpis.path("received").path("total").asLong();
            resolvedTotal += kpis.path("resolved").path("total").asLong();
            approved += kpis.path("resolved").path("approved").asLong();
        }
        return new Figures(received, resolvedTotal, approved);
    }

    record Figures(long received, long resolved, long approved) {

        Figures plus(long moreReceived, long moreApproved) {
            return new Figures(received + moreReceived, resolved + moreApproved, approved + moreApproved);
        }
    }

    private static String json(Object value) {
        try {
            return Http.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer the clients got, counted by the fault going on when they got it, and the ones not allowed. */
    private static final class Responses {

        private volatile String phase = "steady";
        private final Map<String, Map<String, AtomicInteger>> counts = new ConcurrentHashMap<>();
        private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

        void phase(String name) {
            phase = name;
        }

        /** The answer, or null when there was no connection (refused, reset or timed out). */
        Http.Response send(String method, String url, String token, String body, Map<String, String> headers) {
            String during = phase;
            try {
                Http.Response answer = Http.send(method, url, token, "application/json", body, headers);
                count(during, Integer.toString(answer.status()));
                if (answer.status() >= 500 && answer.status() != 503) {
                    violation(method + " " + url + (body == null ? "" : " " + body) + " during " + during
                            + " answered " + answer.status() + " " + answer.body());
                }
                if (answer.status() == 503 && answer.header("Retry-After") == null) {
                    violation(method + " " + url + " during " + during + ": 503 without Retry-After " + answer.body());
                }
                return answer;
            } catch (UncheckedIOException noConnection) {
                count(during, "no connection");
                return null;
            }
        }

        private void count(String during, String outcome) {
            counts.computeIfAbsent(during, p -> new ConcurrentHashMap<>())
                    .computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
        }

        void violation(String description) {
            violations.add(description);
        }

        List<String> violations() {
            return List.copyOf(violations);
        }

        /** Answers during a phase that were a 503 or no connection at all. */
        int failures(String during) {
            Map<String, AtomicInteger> outcomes = counts.getOrDefault(during, Map.of());
            return outcomes.getOrDefault("503", new AtomicInteger()).get()
                    + outcomes.getOrDefault("no connection", new AtomicInteger()).get();
        }

        String table() {
            StringBuilder table = new StringBuilder("answers by fault:");
            new TreeMap<>(counts).forEach((during, outcomes) -> table.append("\n  ").append(during).append(": ")
                    .append(new TreeMap<>(outcomes)));
            return table.toString();
        }
    }
}
