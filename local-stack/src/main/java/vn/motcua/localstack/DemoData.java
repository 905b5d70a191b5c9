package vn.motcua.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * {@code up --demo}: fills a new data folder, once, with what a newcomer needs to see full reports and charts —
 * the seed catalog and units, about three months of history at the four communes formed on 2025-07-01 (imported
 * through dossier-service's import API), a few dozen live intakes, survey answers for the dossiers whose surveys
 * are open and anonymous kiosk responses. Only through the services' HTTP APIs, as any client would. A marker file
 * in the data folder, written when everything is loaded, keeps a second start from generating again.
 */
final class DemoData {

    static final String MARKER_FILE = "demo-data.loaded";
    static final List<String> COMMUNES = List.of("000.00.61.H26", "000.00.62.H26", "000.00.63.H26", "000.00.64.H26");
    static final int HISTORY_DAYS = 91;
    private static final double DOSSIERS_PER_COMMUNE_AND_DAY = 2.5;
    private static final int LIVE_INTAKES = 32;
    /**
     * The inter-linked dossier (một cửa liên thông, Decree 118/2025/NĐ-CP): a land registration of an organisation,
     * received at xã Bát Tràng and resolved by the city's Sở Nông nghiệp và Môi trường, as README's step 7 files it.
     */
    static final String INTERLINKED_PROCEDURE = "1.012753";
    static final String INTERLINKED_RECEIVER = "000.00.63.H26";
    static final String INTERLINKED_RESOLVER = "000.03.00.H26";
    /** A one-page PDF standing in for a desk scan (its content is what makes it a PDF, not its name). */
    private static final String SCAN = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
    private static final int IMPORT_BATCH = 250;
    private static final int KIOSK_RESPONSES_PER_COMMUNE = 8;
    /** Surveys stay open 30 days after the resolution by default: answer only the recent ones. */
    private static final int SURVEY_DAYS = 25;
    private static final long SEED = 20250701L;
    private static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackConfig config;
    private final Tokens tokens;
    private final Console console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final Map<LocalDate, LocalDate> nextWorkingDays = new HashMap<>();

    DemoData(StackConfig config, Tokens tokens, Console console) {
        this.config = config;
        this.tokens = tokens;
        this.console = console;
    }

    static Path marker(Path dataDir) {
        return dataDir.resolve(MARKER_FILE);
    }

    /** Loads the demo data unless this data folder already has it. */
    void loadOnce() throws InterruptedException {
        Path marker = marker(config.dataDir());
        if (Files.exists(marker)) {
            console.progress("demo data already loaded in this data folder (" + marker + "): not generating it again");
            return;
        }
        console.progress("loading demo data (once per data folder): seed catalog, about three months of history, "
                + "surveys");
        String summary = load();
        try {
            Files.writeString(marker, summary + System.lineSeparator());
        } catch (IOException e) {
            throw new LaunchException("demo data loaded, but the marker " + marker + " could not be written: "
                    + e.getMessage(), e);
        }
        console.progress("demo data loaded: " + summary);
    }

    private String load() throws InterruptedException {
        importSeedCatalog();
        List<DemoHistory.Procedure> procedures = communeProcedures();
        LocalDate today = LocalDate.now(DemoHistory.VIETNAM);
        OffsetDateTime now = OffsetDateTime.now(DemoHistory.VIETNAM);
        LocalDate from = today.minusDays(HISTORY_DAYS);
        List<DemoHistory.Dossier> history = new DemoHistory(procedures, COMMUNES, SEED, this::nextWorkingDay)
                .generate(from, today, now, DOSSIERS_PER_COMMUNE_AND_DAY);
        List<String> surveyTokens = new ArrayList<>();
        Map<DemoHistory.Fate, Integer> fates = new EnumMap<>(DemoHistory.Fate.class);
        for (int first = 0; first < history.size(); first += IMPORT_BATCH) {
            List<DemoHistory.Dossier> batch = history.subList(first, Math.min(first + IMPORT_BATCH, history.size()));
            JsonNode result = importDossiers(batch);
            for (int i = 0; i < batch.size(); i++) {
                DemoHistory.Dossier dossier = batch.get(i);
                fates.merge(dossier.fate(), 1, Integer::sum);
                if (surveyCandidate(dossier, now)) {
                    surveyTokens.add(result.path("dossiers").path(i).path("surveyToken").asText());
                }
            }
            console.progress("demo data: imported " + Math.min(first + IMPORT_BATCH, history.size()) + " of "
                    + history.size() + " past dossiers");
        }
        surveyTokens.addAll(liveIntakes(procedures));
        interlinkedDossier();
        JsonNode questionnaire = call("GET", survey("/api/v1/questionnaires/current"), null, null, null, 200);
        int answered = answerSurveys(surveyTokens, questionnaire);
        int kiosk = kioskResponses(questionnaire);
        awaitReporting(from, today, history.size() + LIVE_INTAKES + 1);
        return history.size() + " past dossiers since " + from + " at " + COMMUNES.size() + " communes (" + fates
                + "), " + LIVE_INTAKES + " live intakes, 1 inter-linked dossier, " + answered + " survey answers, "
                + kiosk + " kiosk responses";
    }

    private void importSeedCatalog() {
        String admin = token("catalog-admin", null);
        for (String table : List.of("units", "procedures")) {
            Path file = config.repoRoot().resolve("procedure-catalog/seed/" + table + ".csv");
            String csv;
            try {
                csv = Files.readString(file);
            } catch (IOException e) {
                throw new LaunchException("demo data: cannot read " + file + ": " + e.getMessage(), e);
            }
            call("POST", catalog("/api/v1/imports/" + table + "?dryRun=false"), admin, "text/csv", csv, 200);
        }
    }

    /** Active procedures of the commune level that citizens file, in force over the whole history. */
    private List<DemoHistory.Procedure> communeProcedures() {
        LocalDate historyStart = LocalDate.now(DemoHistory.VIETNAM).minusDays(HISTORY_DAYS);
        List<DemoHistory.Procedure> procedures = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode result = call("GET", catalog("/api/v1/procedures?level=COMMUNE&size=100&page=" + page), null,
                    null, null, 200);
            for (JsonNode item : result.path("items")) {
                Map<String, Integer> days = new HashMap<>();
                item.path("processingDays").fields().forEachRemaining(e -> days.put(e.getKey(), e.getValue().asInt()));
                List<String> required = requiredComponents(item);
                boolean forCitizens = item.path("applicants").toString().contains("CITIZEN");
                boolean inForce = !LocalDate.parse(item.path("effectiveFrom").asText()).isAfter(historyStart);
                if (!days.isEmpty() && forCitizens && inForce) {
                    procedures.add(new DemoHistory.Procedure(item.path("code").asText(), days, required));
                }
            }
            if ((long) (page + 1) * 100 >= result.path("total").asLong()) {
                return procedures;
            }
        }
    }

    private static List<String> requiredComponents(JsonNode procedure) {
        List<String> required = new ArrayList<>();
        procedure.path("components").forEach(c -> {
            if (c.path("required").asBoolean()) {
                required.add(c.path("name").asText());
            }
        });
        return required;
    }

    private JsonNode importDossiers(List<DemoHistory.Dossier> batch) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode dossiers = body.putArray("dossiers");
        for (DemoHistory.Dossier dossier : batch) {
            ObjectNode json = dossiers.addObject()
                    .put("legacyId", dossier.legacyId())
                    .put("procedureCode", dossier.procedureCode())
                    .put("unitCode", dossier.unitCode())
                    .put("channel", dossier.channel())
                    .put("receivedAt", dossier.receivedAt().toString())
                    .put("receivedBy", "demo.clerk." + dossier.unitCode().substring(7, 9));
            json.set("applicant", JSON.valueToTree(dossier.applicant()));
            json.set("documents", documents(dossier.documents()));
            ArrayNode steps = json.putArray("steps");
            for (DemoHistory.Step step : dossier.steps()) {
                ObjectNode s = steps.addObject().put("action", step.action()).put("at", step.at().toString())
                        .put("actor", step.actor());
                step.details().forEach((name, value) -> s.set(name, JSON.valueToTree(value)));
            }
        }
        return call("POST", dossier("/api/v1/dossier-imports"), token("admin", null), "application/json",
                body.toString(), 200);
    }

    private static boolean surveyCandidate(DemoHistory.Dossier dossier, OffsetDateTime now) {
        return dossier.steps().stream().anyMatch(s -> s.action().equals("RESOLVE")
                && s.at().isAfter(now.minusDays(SURVEY_DAYS)));
    }

    /** Today's intakes at the desks; most are started, some resolved (their surveys open) and returned. */
    private List<String> liveIntakes(List<DemoHistory.Procedure> procedures) {
        DemoHistory people = new DemoHistory(procedures, COMMUNES, SEED + 1, this::nextWorkingDay);
        List<String> surveyTokens = new ArrayList<>();
        for (int i = 0; i < LIVE_INTAKES; i++) {
            String unit = COMMUNES.get(i % COMMUNES.size());
            DemoHistory.Procedure procedure = procedures.get(random.nextInt(procedures.size()));
            String channel = procedure.processingDays().containsKey("IN_PERSON") ? "IN_PERSON"
                    : procedure.processingDays().keySet().iterator().next();
            String officer = token("officer", unit);
            ObjectNode request = JSON.createObjectNode().put("procedureCode", procedure.code()).put("unitCode", unit)
                    .put("channel", channel);
            request.set("applicant", JSON.valueToTree(people.applicant()));
            request.set("documents", documents(procedure.requiredComponents()));
            HttpResponse<String> received = send("POST", dossier("/api/v1/dossiers"), officer, "application/json",
                    request.toString(), Map.of(), 201);
            JsonNode dossier = parse(received);
            String id = dossier.path("id").asText();
            String etag = received.headers().firstValue("ETag").orElse("");
            int progress = i % 4; // 0 received, 1 in progress, 2 resolved, 3 returned
            if (progress >= 1) {
                etag = act(id, "start", officer, etag, Map.of());
                attachScans(id, officer, procedure.requiredComponents(), i);
            }
            if (progress >= 2 && i % 8 != 2) {
                attachElectronicResult(id, officer, i);
            }
            if (progress >= 2) {
                etag = act(id, "resolve", officer, etag, i % 8 == 2
                        ? Map.of("outcome", "REJECTED", "reason", "Không đủ điều kiện theo quy định")
                        : Map.of("outcome", "APPROVED"));
                surveyTokens.add(dossier.path("surveyToken").asText());
            }
            if (progress == 3) {
                act(id, "return", officer, etag, Map.of());
            }
        }
        console.progress("demo data: " + LIVE_INTAKES + " live intakes at the desks");
        return surveyTokens;
    }

    /**
     * One dossier through both levels, each step by the unit whose part it is (README's step 7): the commune's desk
     * receives and transfers it, the department starts, resolves and sends it back, the commune returns the result.
     * It is in the lists of both units, with a history of both and each unit's working days.
     */
    private void interlinkedDossier() {
        JsonNode procedure = call("GET", catalog("/api/v1/procedures/" + INTERLINKED_PROCEDURE), null, null, null,
                200);
        String commune = token("officer", INTERLINKED_RECEIVER);
        String department = token("officer", INTERLINKED_RESOLVER);
        ObjectNode request = JSON.createObjectNode().put("procedureCode", INTERLINKED_PROCEDURE)
                .put("unitCode", INTERLINKED_RECEIVER).put("channel", "IN_PERSON");
        request.putObject("applicant").put("type", "ORGANIZATION").put("name", "Công ty TNHH Gốm Ví Dụ")
                .put("taxCode", "0101234567");
        request.set("documents", documents(requiredComponents(procedure)));
        HttpResponse<String> received = send("POST", dossier("/api/v1/dossiers"), commune, "application/json",
                request.toString(), Map.of(), 201);
        String id = parse(received).path("id").asText();
        String etag = received.headers().firstValue("ETag").orElse("");
        etag = act(id, "transfer", commune, etag, Map.of("note", "Chuyển Sở Nông nghiệp và Môi trường thẩm định"));
        etag = act(id, "start", department, etag, Map.of());
        etag = act(id, "resolve", department, etag, Map.of("outcome", "APPROVED"));
        etag = act(id, "return-to-receiver", department, etag, Map.of("note", "Gửi kết quả về xã"));
        act(id, "return", commune, etag, Map.of());
        console.progress("demo data: 1 inter-linked dossier received at " + INTERLINKED_RECEIVER + ", resolved by "
                + INTERLINKED_RESOLVER);
    }

    /**
     * The desk's scans of a dossier in progress: the first component scanned from paper, and in every third dossier
     * the second one (or the first again) reused from an earlier result, so the digitisation figures are not empty.
     */
    private void attachScans(String id, String officer, List<String> components, int i) {
        if (components.isEmpty()) {
            return;
        }
        for (int c = 0; c < (i % 3 == 0 ? 2 : 1); c++) {
            String component = components.get(Math.min(c, components.size() - 1));
            String flag = c == 0 ? "&digitised=true" : "&reused=true";
            send("POST", dossier("/api/v1/dossiers/" + id + "/files?component="
                    + URLEncoder.encode(component, StandardCharsets.UTF_8) + "&fileName=ban-quet-" + (c + 1)
                    + ".pdf" + flag), officer, "application/pdf", SCAN, Map.of(), 201);
        }
    }

    /** The signed result of an approved dossier, attached before it is resolved so the citizen can download it. */
    private void attachElectronicResult(String id, String officer, int i) {
        send("POST", dossier("/api/v1/dossiers/" + id + "/results?resultCode=KET_QUA&numberSymbol="
                + URLEncoder.encode((i + 1) + "/KQ-UBND", StandardCharsets.UTF_8) + "&summary="
                + URLEncoder.encode("Kết quả giải quyết bản điện tử", StandardCharsets.UTF_8) + "&issueDate="
                + LocalDate.now(DemoHistory.VIETNAM)), officer, "application/pdf", SCAN, Map.of(), 201);
    }

    private String act(String id, String action, String officer, String etag, Map<String, String> body) {
        return send("POST", dossier("/api/v1/dossiers/" + id + "/" + action), officer, "application/json",
                JSON.valueToTree(body).toString(), Map.of("If-Match", etag), 200).headers().firstValue("ETag")
                .orElse("");
    }

    /** Answers about six in ten of the surveys, once each is open (the resolution's event has reached the service). */
    private int answerSurveys(List<String> surveyTokens, JsonNode questionnaire) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTS_TIMEOUT.toNanos();
        int answered = 0;
        for (String surveyToken : surveyTokens) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            String state = "";
            while (System.nanoTime() < deadline) {
                HttpResponse<String> survey = send("GET", survey("/api/v1/surveys/" + surveyToken), null, null, null,
                        Map.of(), 200, 404);
                state = survey.statusCode() == 200 ? parse(survey).path("state").asText() : "";
                if (!state.isEmpty() && !state.equals("NOT_YET_OPEN")) {
                    break;
                }
                Thread.sleep(500);
            }
            if (state.equals("OPEN")) {
                call("POST", survey("/api/v1/surveys/" + surveyToken + "/responses"), null, "application/json",
                        answers(questionnaire).toString(), 201);
                answered++;
            }
        }
        return answered;
    }

    private int kioskResponses(JsonNode questionnaire) {
        int count = 0;
        for (String unit : COMMUNES) {
            String kiosk = token("kiosk", unit);
            for (int i = 0; i < KIOSK_RESPONSES_PER_COMMUNE; i++) {
                send("POST", survey("/api/v1/kiosk/responses"), kiosk, "application/json",
                        answers(questionnaire).toString(), Map.of("Idempotency-Key", UUID.randomUUID().toString()), 201);
                count++;
            }
        }
        return count;
    }

    /** Every question answered, mostly 4 or 5 as real desks report, with a few unhappy citizens. */
    private ObjectNode answers(JsonNode questionnaire) {
        ObjectNode body = JSON.createObjectNode().put("questionnaireVersion", questionnaire.path("version").asInt());
        ArrayNode answers = body.putArray("answers");
        for (JsonNode group : questionnaire.path("groups")) {
            for (JsonNode question : group.path("questions")) {
                int roll = random.nextInt(100);
                int score = roll < 55 ? 5 : roll < 85 ? 4 : roll < 95 ? 3 : roll < 99 ? 2 : 1;
                answers.addObject().put("question", question.path("code").asText()).put("score", score);
            }
        }
        return body;
    }

    /** Reporting builds its figures from the events: wait until it has counted every dossier of the demo. */
    private void awaitReporting(LocalDate from, LocalDate today, int dossiers) throws InterruptedException {
        String analyst = token("analyst", null);
        String url = reporting("/api/v1/kpis/received?from=" + from + "&to=" + today);
        long deadline = System.nanoTime() + EVENTS_TIMEOUT.toNanos();
        long counted = 0;
        while (System.nanoTime() < deadline) {
            counted = call("GET", url, analyst, null, null, 200).path("total").asLong();
            if (counted >= dossiers) {
                return;
            }
            Thread.sleep(1000);
        }
        console.progress("demo data: reporting has counted " + counted + " of " + dossiers
                + " dossiers so far; the rest will follow");
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        return nextWorkingDays.computeIfAbsent(day, d -> LocalDate.parse(call("GET",
                dossier("/api/v1/calendar/due-date?workingDays=1&receivedAt="
                        + URLEncoder.encode(d.atTime(12, 0).atOffset(DemoHistory.VIETNAM).toString(),
                                StandardCharsets.UTF_8)), null, null, null, 200).path("dueDate").asText()));
    }

    private static ArrayNode documents(List<String> components) {
        ArrayNode documents = JSON.createArrayNode();
        components.forEach(name -> documents.addObject().put("component", name).put("originals", 1).put("copies", 0));
        return documents;
    }

    private String token(String role, String unit) {
        return tokens.mint(role, Optional.ofNullable(unit), config.unit(), Duration.ofHours(1));
    }

    private String catalog(String path) {
        return "http://127.0.0.1:" + config.port(Service.CATALOG) + path;
    }

    private String dossier(String path) {
        return "http://127.0.0.1:" + config.port(Service.DOSSIER) + path;
    }

    private String survey(String path) {
        return "http://127.0.0.1:" + config.port(Service.SURVEY) + path;
    }

    private String reporting(String path) {
        return "http://127.0.0.1:" + config.port(Service.REPORTING) + path;
    }

    private JsonNode call(String method, String url, String token, String contentType, String body, int expected) {
        return parse(send(method, url, token, contentType, body, Map.of(), expected));
    }

    private HttpResponse<String> send(String method, String url, String token, String contentType, String body,
            Map<String, String> headers, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchException("demo data: " + method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("demo data: interrupted", e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        String answer = response.body().length() > 2000 ? response.body().substring(0, 2000) + "…" : response.body();
        throw new LaunchException("demo data: " + method + " " + url + " answered " + response.statusCode() + ": "
                + answer);
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LaunchException("demo data: not JSON from " + response.uri() + ": " + response.body(), e);
        }
    }
}
