package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The traffic of a district's one-stop desks while a fault test breaks things: a few desk clients receiving dossiers
 * at four communes and starting and resolving every third, citizens answering the surveys that open, and an
 * analyst's dashboard, a kiosk and a citizen's phone reading the other services. Clients only ever accept a 2xx, a
 * 503 with Retry-After or a refused connection, and retry with the same Idempotency-Key or after re-reading the
 * dossier; every other answer is a violation. Afterwards {@link #awaitEverythingApplied} checks each service's side:
 * every accepted dossier has its survey, reporting counts every accepted, resolved and answered one.
 */
final class FaultStream {

    static final List<String> COMMUNES = List.of("000.00.61.H26", "000.00.62.H26", "000.00.63.H26",
            "000.00.64.H26");
    /** Đăng ký khai sinh: a commune-level procedure. */
    static final String BIRTH_REGISTRATION = "1.001193";
    private static final List<String> CHANNELS = List.of("IN_PERSON", "ONLINE", "POSTAL");
    /** A killed service's JVM restarting beside three others on a loaded machine. */
    static final Duration HEAL_TIMEOUT = Duration.ofSeconds(240);
    /** How long a client keeps retrying one call while a fault lasts. */
    static final Duration CLIENT_PATIENCE = Duration.ofSeconds(300);
    static final Duration CONVERGENCE = Duration.ofSeconds(240);
    private static final Duration DESK_PAUSE = Duration.ofMillis(300);

    private final SuiteClient suite;
    private final int deskClients;
    private final LocalDate today = SuiteClient.today();
    private final Responses responses = new Responses();
    /** Accepted dossier id → its survey token. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Set<String> resolved = ConcurrentHashMap.newKeySet();
    /** Survey tokens of resolved dossiers whose survey the citizen has not answered yet. */
    private final Set<String> toAnswer = ConcurrentHashMap.newKeySet();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private Figures before;
    private volatile boolean streaming = true;

    FaultStream(SuiteClient suite, int deskClients) {
        this.suite = suite;
        this.deskClients = deskClients;
        this.clients = Executors.newFixedThreadPool(deskClients + 2);
    }

    void start() {
        before = figures();
        JsonNode procedure = suite.procedure(BIRTH_REGISTRATION);
        for (int desk = 0; desk < deskClients; desk++) {
            int first = desk;
            running.add(clients.submit(() -> deskClient(procedure, first)));
        }
        running.add(clients.submit(this::analystClient));
        running.add(clients.submit(this::citizenClient));
    }

    /** Names the fault going on, for the tally of answers. */
    void phase(String name) {
        responses.phase(name);
    }

    int accepted() {
        return accepted.size();
    }

    void awaitAccepted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + HEAL_TIMEOUT.toNanos();
        while (accepted.size() < count) {
            assertThat(System.nanoTime()).as("only " + accepted.size() + " of " + count + " dossiers accepted\n"
                    + responses.table() + "\n" + responses.violations()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Stops the clients once their current call is done. */
    void stop() throws Exception {
        streaming = false;
        clients.shutdown();
        assertThat(clients.awaitTermination(CLIENT_PATIENCE.toSeconds() + 60, TimeUnit.SECONDS))
                .as("the clients stop").isTrue();
        for (Future<?> client : running) {
            client.get();
        }
    }

    String report() {
        return responses.table() + "\naccepted " + accepted.size() + ", resolved " + resolved.size() + ", answered "
                + answered.size();
    }

    List<String> violations() {
        return responses.violations();
    }

    /** Answers during a phase that were a 503 or no connection at all. */
    int failures(String phase) {
        return responses.failures(phase);
    }

    /**
     * Waits until every service has applied what the clients had done when called (more may come meanwhile while
     * the stream goes on): survey-service has a survey for every accepted dossier, reporting counts at least every
     * accepted, resolved and answered one. Once the stream is stopped, the counts must be exact, and stay so.
     */
    void awaitEverythingApplied(String after) throws InterruptedException {
        List<String> tokens = List.copyOf(accepted.values());
        Figures expected = before.plus(tokens.size(), resolved.size(), answered.size());
        List<String> missing = SuiteClient.await(CONVERGENCE, () -> withoutSurvey(tokens), List::isEmpty);
        assertThat(missing).as("surveys missing after " + after + " (of " + tokens.size() + " accepted)\n" + report())
                .isEmpty();
        Figures counted = SuiteClient.await(CONVERGENCE, this::figuresOnceAnswered, f -> f.covers(expected));
        if (streaming) {
            assertThat(counted.covers(expected)).as("reporting after " + after + ": " + counted + ", at least "
                    + expected + "\n" + report()).isTrue();
            return;
        }
        assertThat(counted).as("reporting after " + after + "\n" + report()).isEqualTo(expected);
        Thread.sleep(5000);
        assertThat(figures()).as("and no late duplicate").isEqualTo(expected);
    }

    Set<String> acceptedIds() {
        return Set.copyOf(accepted.keySet());
    }

    /** The tokens whose survey survey-service does not know. */
    private List<String> withoutSurvey(List<String> tokens) {
        List<String> missing = new ArrayList<>();
        for (String token : tokens) {
            try {
                if (Http.get(suite.surveys("/api/v1/surveys/" + token), null).status() != 200) {
                    missing.add(token);
                }
            } catch (UncheckedIOException noConnection) {
                missing.add(token);
            }
        }
        return missing;
    }

    /** A desk receiving dossiers in turn at the four communes, starting and resolving every third one. */
    private void deskClient(JsonNode procedure, int desk) {
        for (int n = desk; streaming; n += deskClients) {
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
            String token = intake.json().path("surveyToken").asText();
            accepted.put(id, token);
            if (n % 3 == 0) {
                String etag = transition(officer, id, "start", intake.header("ETag"), Map.of(), "IN_PROGRESS");
                if (etag != null && transition(officer, id, "resolve", etag, Map.of("outcome", "APPROVED"),
                        "RESOLVED") != null) {
                    resolved.add(id);
                    toAnswer.add(token);
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

    /**
     * Citizens answering the surveys of resolved dossiers once they are open (a moment after the resolution, when
     * survey-service has read it). Each is answered once, so a 409 means a try whose answer was lost was taken.
     */
    private void citizenClient() {
        while (streaming) {
            for (String token : List.copyOf(toAnswer)) {
                String url = suite.surveys("/api/v1/surveys/" + token);
                Http.Response survey = responses.send("GET", url, null, null, Map.of());
                if (survey == null || survey.status() != 200
                        || !survey.json().path("state").asText().equals("OPEN")) {
                    continue; // not known or not open yet, or survey-service away: later
                }
                String answers = json(CitizenJourneyIT.Answers.allFivesButOneThree(survey.json()).body());
                Http.Response answer = untilAnswered("survey answer", () -> responses.send("POST", url + "/responses",
                        null, answers, Map.of()), false);
                if (answer.status() == 201 || answer.status() == 409) {
                    answered.add(token);
                    toAnswer.remove(token);
                } else {
                    responses.violation("POST " + url + "/responses answered " + answer.status() + " " + answer.body());
                    toAnswer.remove(token);
                }
            }
            pause(Duration.ofSeconds(1)); // surveys open a moment after the resolution: no need to ask more often
        }
    }

    /** An analyst's dashboard, a kiosk and a citizen's phone reading the other services while the faults happen. */
    private void analystClient() {
        String analyst = suite.token("analyst", null);
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

    /**
     * {@link #figures}, or none (nothing covered) while reporting answers otherwise than 200: just after a fault its
     * pool may still hand out a broken connection or two (503).
     */
    private Figures figuresOnceAnswered() {
        try {
            return figures();
        } catch (AssertionError | UncheckedIOException notYet) {
            return new Figures(-1, -1, -1, -1);
        }
    }

    /** What reporting counts for the four communes today. */
    private Figures figures() {
        long received = 0;
        long resolvedTotal = 0;
        long approved = 0;
        long responsesCounted = 0;
        for (String unit : COMMUNES) {
            JsonNode kpis = suite.kpis(unit, today, today);
            received += kpis.path("received").path("total").asLong();
            resolvedTotal += kpis.path("resolved").path("total").asLong();
            approved += kpis.path("resolved").path("approved").asLong();
            responsesCounted += kpis.path("satisfaction").path("responses").asLong();
        }
        return new Figures(received, resolvedTotal, approved, responsesCounted);
    }

    record Figures(long received, long resolved, long approved, long responses) {

        Figures plus(long moreReceived, long moreApproved, long moreResponses) {
            return new Figures(received + moreReceived, resolved + moreApproved, approved + moreApproved,
                    responses + moreResponses);
        }

        boolean covers(Figures other) {
            return received >= other.received && resolved >= other.resolved && approved >= other.approved
                    && responses >= other.responses;
        }
    }

    private static String json(Object value) {
        try {
            return Http.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
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
