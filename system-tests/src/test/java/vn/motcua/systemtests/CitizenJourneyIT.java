package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.testing.GeneratedBytes;

/**
 * The suite as one system: the local stack started from the built jars, the seed catalog imported through the
 * catalog's API, then journeys driven only through HTTP, as a desk application, a citizen's phone and an
 * analyst's tool would. One stack for the class (starting one is the expensive part); the tests run in order and
 * each works on its own dossiers, at units the seed catalog marks as current (the communes formed on 2025-07-01).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenJourneyIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    /** Events cross the outbox relay, the broker and two consumers on a loaded machine. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    static final String COMMUNE_GIA_LAM = "000.00.61.H26";
    static final String COMMUNE_THUAN_AN = "000.00.62.H26";
    static final String COMMUNE_BAT_TRANG = "000.00.63.H26";
    /** Đăng ký khai sinh: commune level, in person, online or by post, 1 working day. */
    private static final String BIRTH_REGISTRATION = "1.001193";
    private static final int HALF_YEAR_BATCH = 500;
    /** Issue 15: "a 150 MB file passes through a service running with -Xmx256m". */
    private static final long LARGE_FILE = 150L * 1000 * 1000;
    /** The per-file limit for this stack (by its environment variable; the default is 20 MiB): room for it. */
    private static final long FILE_LIMIT = 160L * 1024 * 1024;

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private SuiteClient suite;

    @BeforeAll
    void startTheStackWithTheSeedCatalog() throws Exception {
        stack = StackEnvironment.create();
        Map<String, String> env = new HashMap<>(stack.env());
        // dossier-service's vn.motcua.dossier.files.FilesConfig, through the environment the launcher passes on
        env.put("MOTCUA_FILES_MAX_FILE_BYTES", Long.toString(FILE_LIMIT));
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
    @Order(1)
    void aCitizensDossierFromCatalogSearchToSurveyShowsExactlyOnceInReporting() throws Exception {
        LocalDate today = SuiteClient.today();
        JsonNode kpisBefore = suite.kpis(COMMUNE_GIA_LAM, today, today);

        // the citizen (or the desk) finds the procedure in the public catalog, by words without diacritics
        Http.Response search = Http.get(suite.catalog("/api/v1/procedures?q=" + Http.query("dang ky khai sinh")
                + "&unit=" + COMMUNE_GIA_LAM), null);
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        search.json().path("items").forEach(item -> found.add(item.path("code").asText()));
        assertThat(found).as("search 'dang ky khai sinh' at " + COMMUNE_GIA_LAM).contains(BIRTH_REGISTRATION);
        JsonNode procedure = suite.procedure(BIRTH_REGISTRATION);

        // intake at the commune's desk
        Http.Response intake = suite.intake(SuiteClient.intakeRequest(procedure, COMMUNE_GIA_LAM, "IN_PERSON",
                Applicants.CITIZEN.json()));
        JsonNode receipt = intake.json();
        String id = receipt.path("id").asText();
        String receiptCode = receipt.path("receiptCode").asText();
        assertThat(receiptCode).startsWith(COMMUNE_GIA_LAM + "-" + today.format(java.time.format.DateTimeFormatter
                .ofPattern("yyMMdd")) + "-");
        assertThat(receipt.path("status").asText()).isEqualTo("RECEIVED");
        String secret = receipt.path("lookupSecret").asText();
        String surveyToken = receipt.path("surveyToken").asText();
        assertThat(secret).isNotBlank();
        assertThat(surveyToken).isNotBlank();

        // the citizen tracks it with the code and secret printed on the receipt
        JsonNode tracked = track(receiptCode, secret);
        assertThat(tracked.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(tracked.path("procedure").path("code").asText()).isEqualTo(BIRTH_REGISTRATION);
        assertThat(tracked.path("unit").path("code").asText()).isEqualTo(COMMUNE_GIA_LAM);
        Applicants.CITIZEN.assertAbsentFrom("public tracking", tracked.toString());
        Http.Response wrongSecret = Http.get(suite.dossiers("/api/v1/public/dossiers/" + receiptCode),
                null, Map.of("X-Lookup-Secret", "WRONG-SECRET-0000"));
        assertThat(wrongSecret.status()).isEqualTo(404);

        // processing, with a supplement requested and received
        String officer = suite.token("officer", COMMUNE_GIA_LAM);
        Http.Response step = transition(id, "start", officer, intake.header("ETag"), null, "IN_PROGRESS");
        step = transition(id, "supplement-requests", officer, step.header("ETag"),
                Map.of("missingItems", List.of("Giấy chứng sinh (bản chính)"), "note", "Bản chụp không rõ"),
                "SUPPLEMENT_REQUESTED");
        assertThat(track(receiptCode, secret).path("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
        step = transition(id, "supplement-received", officer, step.header("ETag"), null, "IN_PROGRESS");
        assertThat(LocalDate.parse(step.json().path("dueDate").asText()))
                .as("the clock restarts when the supplement comes back")
                .isAfterOrEqualTo(LocalDate.parse(receipt.path("dueDate").asText()));
        step = transition(id, "resolve", officer, step.header("ETag"), Map.of("outcome", "APPROVED"), "RESOLVED");
        assertThat(step.json().path("outcome").asText()).isEqualTo("APPROVED");
        step = transition(id, "return", officer, step.header("ETag"), null, "RETURNED");

        JsonNode finalTracking = track(receiptCode, secret);
        assertThat(finalTracking.path("status").asText()).isEqualTo("RETURNED");
        assertThat(finalTracking.path("outcome").asText()).isEqualTo("APPROVED");
        List<String> actions = new ArrayList<>();
        finalTracking.path("steps").forEach(s -> actions.add(s.path("action").asText()));
        assertThat(actions).containsExactly("RECEIVE", "START", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT", "RESOLVE",
                "RETURN");

        // the survey opened when dossier-resolved reached survey-service; the citizen answers it once
        // 404 until survey-service has read dossier-received, NOT_YET_OPEN until it has read dossier-resolved
        JsonNode survey = SuiteClient.await(EVENTUALLY, () -> survey(surveyToken),
                s -> s.path("state").asText().equals("OPEN"));
        assertThat(survey.path("state").asText()).as("survey " + survey).isEqualTo("OPEN");
        assertThat(survey.path("unitCode").asText()).isEqualTo(COMMUNE_GIA_LAM);
        assertThat(survey.path("procedureCode").asText()).isEqualTo(BIRTH_REGISTRATION);
        Applicants.CITIZEN.assertAbsentFrom("public survey", survey.toString());
        Answers answers = Answers.allFivesButOneThree(survey);
        Http.Response answered = Http.send("POST", suite.surveys("/api/v1/surveys/" + surveyToken + "/responses"),
                null, Http.JSON.writeValueAsString(answers.body()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        Http.Response again = Http.send("POST", suite.surveys("/api/v1/surveys/" + surveyToken + "/responses"),
                null, Http.JSON.writeValueAsString(answers.body()));
        assertThat(again.status()).as("a second answer").isEqualTo(409);

        // reporting shows exactly this dossier and this response, once
        JsonNode after = SuiteClient.await(EVENTUALLY, () -> suite.kpis(COMMUNE_GIA_LAM, today, today),
                k -> count(k, "satisfaction", "responses") > count(kpisBefore, "satisfaction", "responses")
                        && count(k, "resolved", "total") > count(kpisBefore, "resolved", "total"));
        assertThat(count(after, "received", "total")).as("received").isEqualTo(count(kpisBefore, "received", "total") + 1);
        assertThat(after.path("received").path("byChannel").path("IN_PERSON").asLong())
                .isEqualTo(kpisBefore.path("received").path("byChannel").path("IN_PERSON").asLong() + 1);
        assertThat(count(after, "resolved", "total")).isEqualTo(count(kpisBefore, "resolved", "total") + 1);
        assertThat(count(after, "resolved", "approved")).isEqualTo(count(kpisBefore, "resolved", "approved") + 1);
        assertThat(count(after, "resolved", "early") + count(after, "resolved", "onTime")).as("resolved in time")
                .isEqualTo(count(kpisBefore, "resolved", "early") + count(kpisBefore, "resolved", "onTime") + 1);
        assertThat(count(after, "resolved", "late")).isEqualTo(count(kpisBefore, "resolved", "late"));
        assertThat(after.path("pendingAtEnd").asLong()).isEqualTo(kpisBefore.path("pendingAtEnd").asLong());
        assertThat(count(after, "satisfaction", "responses"))
                .isEqualTo(count(kpisBefore, "satisfaction", "responses") + 1);
        assertThat(count(after, "satisfaction", "answers"))
                .isEqualTo(count(kpisBefore, "satisfaction", "answers") + answers.count());
        assertThat(count(after, "satisfaction", "satisfiedAnswers"))
                .isEqualTo(count(kpisBefore, "satisfaction", "satisfiedAnswers") + answers.count() - 1);
    }

    @Test
    @Order(2)
    void anOfficerOfAnotherCommuneCanNeitherSeeNorActOnADossier() throws Exception {
        Http.Response intake = suite.intake(SuiteClient.intakeRequest(suite.procedure(BIRTH_REGISTRATION),
                COMMUNE_THUAN_AN, "ONLINE", Applicants.NEIGHBOUR.json()));
        String id = intake.json().path("id").asText();
        String etag = intake.header("ETag");
        String outsider = suite.token("officer", COMMUNE_GIA_LAM);

        Http.Response read = Http.get(suite.dossiers("/api/v1/dossiers/" + id), outsider);
        Http.Response history = Http.get(suite.dossiers("/api/v1/dossiers/" + id + "/history"), outsider);
        Http.Response start = suite.act(id, "start", outsider, etag, null);
        Http.Response withdraw = suite.act(id, "withdraw", outsider, etag, Map.of("note", "rút hồ sơ"));
        for (Http.Response refused : List.of(read, history, start, withdraw)) {
            assertThat(refused.status()).as("another commune's officer: " + refused.body()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            Applicants.NEIGHBOUR.assertAbsentFrom("a 404 to another commune", refused.body());
        }

        Http.Response own = Http.get(suite.dossiers("/api/v1/dossiers/" + id), suite.token("officer", COMMUNE_THUAN_AN));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("status").asText()).as("unchanged").isEqualTo("RECEIVED");
        assertThat(own.header("ETag")).as("unchanged version").isEqualTo(etag);
        assertThat(own.json().path("applicant").path("name").asText()).as("its own officer sees the applicant")
                .isEqualTo(Applicants.NEIGHBOUR.applicantName());
    }

    @Test
    @Order(3)
    void anAnalystReadingADossierSeesPersonalDataMaskedOnly() throws Exception {
        Http.Response intake = suite.intake(SuiteClient.intakeRequest(suite.procedure(BIRTH_REGISTRATION),
                COMMUNE_THUAN_AN, "IN_PERSON", Applicants.NEIGHBOUR.json()));
        String id = intake.json().path("id").asText();
        String receiptCode = intake.json().path("receiptCode").asText();
        String analyst = suite.token("analyst", null);

        Http.Response one = Http.get(suite.dossiers("/api/v1/dossiers/" + id), analyst);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().path("receiptCode").asText()).isEqualTo(receiptCode);
        JsonNode applicant = one.json().path("applicant");
        assertThat(applicant.path("name").asText()).as("masked name").isNotBlank()
                .isNotEqualTo(Applicants.NEIGHBOUR.applicantName());
        assertThat(applicant.path("citizenId").asText()).as("masked citizen ID").contains("*")
                .endsWith(Applicants.NEIGHBOUR.citizenId().substring(9));
        Applicants.NEIGHBOUR.assertAbsentFrom("a dossier read by an analyst", one.body());

        Http.Response list = Http.get(suite.dossiers("/api/v1/dossiers?receiptCode=" + Http.query(receiptCode)), analyst);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        Applicants.NEIGHBOUR.assertAbsentFrom("the dossier list read by an analyst", list.body());
    }

    @Test
    @Order(4)
    void noPublicEndpointReturnsTheApplicantsPersonalData() throws Exception {
        Http.Response intake = suite.intake(SuiteClient.intakeRequest(suite.procedure(BIRTH_REGISTRATION),
                COMMUNE_THUAN_AN, "POSTAL", Applicants.NEIGHBOUR.json()));
        JsonNode receipt = intake.json();
        String receiptCode = receipt.path("receiptCode").asText();
        String surveyToken = receipt.path("surveyToken").asText();

        Map<String, Http.Response> publicAnswers = new java.util.LinkedHashMap<>();
        publicAnswers.put("tracking by header", Http.get(suite.dossiers("/api/v1/public/dossiers/" + receiptCode), null,
                Map.of("X-Lookup-Secret", receipt.path("lookupSecret").asText())));
        publicAnswers.put("tracking by QR link", Http.get(suite.dossiers("/api/v1/public/dossiers/" + receiptCode
                + "?secret=" + Http.query(receipt.path("lookupSecret").asText())), null));
        // the survey exists (NOT_YET_OPEN) once survey-service has read dossier-received
        publicAnswers.put("survey by token", SuiteClient.await(EVENTUALLY,
                () -> Http.get(suite.surveys("/api/v1/surveys/" + surveyToken), null), r -> r.status() == 200));
        publicAnswers.put("catalog search by the applicant's name", Http.get(suite.catalog("/api/v1/procedures?q="
                + Http.query(Applicants.NEIGHBOUR.applicantName())), null));
        publicAnswers.put("catalog procedure", Http.get(suite.catalog("/api/v1/procedures/" + BIRTH_REGISTRATION),
                null));
        publicAnswers.forEach((endpoint, response) -> {
            assertThat(response.status()).as(endpoint + ": " + response.body()).isEqualTo(200);
            Applicants.NEIGHBOUR.assertAbsentFrom(endpoint, response.body());
        });
        assertThat(publicAnswers.get("tracking by header").json().path("receiptCode").asText()).isEqualTo(receiptCode);
        assertThat(publicAnswers.get("survey by token").json().path("state").asText()).isEqualTo("NOT_YET_OPEN");
    }

    @Test
    @Order(5)
    void tokensThatAreExpiredSignedByAnotherKeyOrMissingAreRefused() throws Exception {
        String dossierId = suite.intake(SuiteClient.intakeRequest(suite.procedure(BIRTH_REGISTRATION),
                COMMUNE_THUAN_AN, "IN_PERSON", Applicants.NEIGHBOUR.json())).json().path("id").asText();
        Map<String, String> protectedReads = Map.of(
                "analyst", suite.reporting("/api/v1/kpis/received"),
                "officer", suite.dossiers("/api/v1/dossiers/" + dossierId));
        for (var read : protectedReads.entrySet()) {
            String role = read.getKey();
            String url = read.getValue();
            Map<String, String> refusedTokens = new java.util.LinkedHashMap<>();
            refusedTokens.put("expired", suite.minter().mintAt("system-test-" + role, List.of(role), COMMUNE_THUAN_AN,
                    java.time.Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));
            refusedTokens.put("signed by another key", vn.motcua.testing.TestTokens.signedByAnotherKey(role,
                    COMMUNE_THUAN_AN));
            refusedTokens.put("missing", null);
            refusedTokens.put("malformed", "not.a.jwt");
            refusedTokens.forEach((kind, token) -> {
                Http.Response refused = Http.get(url, token);
                assertThat(refused.status()).as(kind + " token, GET " + url + ": " + refused.body()).isEqualTo(401);
                assertThat(refused.contentType()).as(kind).startsWith("application/problem+json");
                assertThat(refused.json().path("status").asInt()).isEqualTo(401);
                Applicants.NEIGHBOUR.assertAbsentFrom(kind + " token", refused.body());
            });
            Http.Response accepted = Http.get(url, suite.token(role, COMMUNE_THUAN_AN));
            assertThat(accepted.status()).as("the same call with a valid token: " + accepted.body()).isEqualTo(200);
        }
        for (String url : List.of(suite.catalog("/api/v1/fields"),
                suite.surveys("/api/v1/questionnaires"))) {
            Http.Response refused = Http.send("POST", url, vn.motcua.testing.TestTokens.signedByAnotherKey("admin",
                    null), "{}");
            assertThat(refused.status()).as("POST " + url + " signed by another key").isEqualTo(401);
        }
    }

    @Test
    @Order(6)
    void aLateDossierNeedsAnApologyBeforeItsResultIsReturnedAndCountsAsLate() throws Exception {
        LocalDate today = SuiteClient.today();
        JsonNode kpisBefore = suite.kpis(COMMUNE_BAT_TRANG, today, today);
        // received four weeks ago and still in progress: brought over from an earlier platform by the import
        ObjectNode past = SuiteClient.intakeRequest(suite.procedure(BIRTH_REGISTRATION), COMMUNE_BAT_TRANG,
                "IN_PERSON", Applicants.NEIGHBOUR.json());
        OffsetDateTime receivedAt = weekday(today.minusWeeks(4)).atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
        past.put("legacyId", "system-test:" + java.util.UUID.randomUUID()).put("receivedAt", receivedAt.toString());
        past.putArray("steps").addObject().put("action", "START").put("at", receivedAt.plusHours(1).toString())
                .put("actor", "can.bo.tiep.nhan");
        ObjectNode request = Http.JSON.createObjectNode();
        request.putArray("dossiers").add(past);
        Http.Response imported = Http.send("POST", suite.dossiers("/api/v1/dossier-imports"), suite.token("admin", null),
                Http.JSON.writeValueAsString(request));
        assertThat(imported.status()).as("import: " + imported.body()).isEqualTo(200);
        JsonNode entry = imported.json().path("dossiers").path(0);
        assertThat(entry.path("status").asText()).isEqualTo("IN_PROGRESS");
        String id = entry.path("id").asText();

        String officer = suite.token("officer", COMMUNE_BAT_TRANG);
        Http.Response dossier = Http.get(suite.dossiers("/api/v1/dossiers/" + id), officer);
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(200);
        LocalDate dueDate = LocalDate.parse(dossier.json().path("dueDate").asText());
        assertThat(dueDate).as("due weeks ago").isBefore(today);
        Http.Response resolved = transition(id, "resolve", officer, dossier.header("ETag"),
                Map.of("outcome", "APPROVED"), "RESOLVED");

        Http.Response refused = suite.act(id, "return", officer, resolved.header("ETag"), null);
        assertThat(refused.status()).as("return before the apology: " + refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("currentState").asText()).isEqualTo("RESOLVED");
        List<String> allowed = new ArrayList<>();
        refused.json().path("allowedActions").forEach(a -> allowed.add(a.asText()));
        assertThat(allowed).contains("APOLOGIZE").doesNotContain("RETURN");
        Http.Response unchanged = Http.get(suite.dossiers("/api/v1/dossiers/" + id), officer);
        assertThat(unchanged.json().path("status").asText()).isEqualTo("RESOLVED");
        assertThat(unchanged.header("ETag")).isEqualTo(resolved.header("ETag"));

        LocalDate appointment = LocalDate.parse(Http.get(suite.dossiers("/api/v1/calendar/due-date?workingDays=1"
                + "&receivedAt=" + Http.query(OffsetDateTime.now(ZoneOffset.ofHours(7)).toString())), null).json()
                .path("dueDate").asText());
        Http.Response apology = transition(id, "apology", officer, resolved.header("ETag"),
                Map.of("appointmentDate", appointment.toString(), "note", "Xin lỗi ông/bà vì giải quyết quá hạn"),
                "RESOLVED");
        assertThat(apology.json().path("appointmentDate").asText()).isEqualTo(appointment.toString());
        assertThat(apology.json().path("dueDate").asText()).as("the apology does not move the due date")
                .isEqualTo(dueDate.toString());
        transition(id, "return", officer, apology.header("ETag"), null, "RETURNED");

        JsonNode after = SuiteClient.await(EVENTUALLY, () -> suite.kpis(COMMUNE_BAT_TRANG, today, today),
                k -> count(k, "resolved", "total") > count(kpisBefore, "resolved", "total"));
        assertThat(count(after, "resolved", "total")).isEqualTo(count(kpisBefore, "resolved", "total") + 1);
        assertThat(count(after, "resolved", "late")).as("late").isEqualTo(count(kpisBefore, "resolved", "late") + 1);
        assertThat(count(after, "resolved", "early") + count(after, "resolved", "onTime"))
                .isEqualTo(count(kpisBefore, "resolved", "early") + count(kpisBefore, "resolved", "onTime"));
    }

    @Test
    @Order(7)
    void aSyntheticHalfYearOfTheDistrictIsReportedExactlyAsGenerated() throws Exception {
        HalfYear halfYear = new HalfYear(procedures("DISTRICT"), procedures("COMMUNE"))
                .generate(java.util.UUID.randomUUID().toString());
        HalfYear.Tally expected = halfYear.tally;
        String admin = suite.token("admin", null);
        for (int first = 0; first < halfYear.dossiers.size(); first += HALF_YEAR_BATCH) {
            ObjectNode request = Http.JSON.createObjectNode();
            request.putArray("dossiers").addAll(halfYear.dossiers.subList(first,
                    Math.min(first + HALF_YEAR_BATCH, halfYear.dossiers.size())));
            Http.Response imported = Http.send("POST", suite.dossiers("/api/v1/dossier-imports"), admin,
                    Http.JSON.writeValueAsString(request));
            assertThat(imported.status()).as("import from " + first + ": " + imported.body()).isEqualTo(200);
            assertThat(imported.json().path("imported").asInt()).isEqualTo(request.path("dossiers").size());
        }

        String url = suite.reporting("/api/v1/reports/summary?from=" + HalfYear.FROM + "&to=" + HalfYear.TO
                + "&unit=" + HalfYear.DISTRICT + "&lang=en");
        String analyst = suite.token("analyst", null);
        JsonNode report = SuiteClient.await(EVENTUALLY, () -> Http.get(url, analyst).json(),
                r -> count(r.path("figures"), "received", "total") == expected.received
                        && count(r.path("figures"), "resolved", "total") == expected.resolved
                        && r.path("figures").path("withdrawn").asLong() == expected.withdrawn);
        JsonNode figures = report.path("figures");
        String tally = "generated: " + expected + "; reported: " + report;
        assertThat(expected.received).as(tally).isGreaterThan(3000);
        assertThat(count(figures, "received", "total")).as(tally).isEqualTo(expected.received);
        assertThat(report.path("receivedByLevel").path("DISTRICT").asLong()).as(tally).isEqualTo(expected.district);
        assertThat(report.path("receivedByLevel").path("COMMUNE").asLong()).as(tally).isEqualTo(expected.commune);
        assertThat(count(figures, "received", "online")).as(tally).isEqualTo(expected.online);
        assertThat(figures.path("received").path("onlineSharePercent").decimalValue()).as(tally)
                .isEqualByComparingTo(expected.onlineShare());
        assertThat(count(figures, "resolved", "total")).as(tally).isEqualTo(expected.resolved);
        assertThat(count(figures, "resolved", "early") + count(figures, "resolved", "onTime")).as(tally)
                .isEqualTo(expected.inTime);
        assertThat(count(figures, "resolved", "late")).as(tally).isEqualTo(expected.late);
        assertThat(figures.path("resolved").path("onTimeRatePercent").decimalValue()).as(tally)
                .isEqualByComparingTo(expected.onTimeRate());
        assertThat(figures.path("withdrawn").asLong()).as(tally).isEqualTo(expected.withdrawn);
        assertThat(figures.path("pendingAtEnd").asLong()).as(tally).isEqualTo(expected.pending);
        assertThat(figures.path("overdue").asLong()).as(tally).isEqualTo(expected.overdue);
        assertThat(report.path("text").asText()).as(tally)
                .contains(String.format(java.util.Locale.US, "%,d", expected.received))
                .contains(expected.onlineShare().toPlainString() + "%");
    }

    /** Procedures of a level in force over the whole half-year that citizens file, with their required documents. */
    private List<HalfYear.Procedure> procedures(String level) {
        List<HalfYear.Procedure> procedures = new ArrayList<>();
        for (int page = 0; ; page++) {
            Http.Response found = Http.get(suite.catalog("/api/v1/procedures?level=" + level + "&at=" + HalfYear.FROM
                    + "&size=100&page=" + page), null);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            for (JsonNode item : found.json().path("items")) {
                String effectiveTo = item.path("effectiveTo").asText(null);
                boolean wholeHalfYear = effectiveTo == null || !LocalDate.parse(effectiveTo).isBefore(HalfYear.TO);
                if (wholeHalfYear && item.path("applicants").toString().contains("CITIZEN")
                        && item.path("processingDays").size() > 0) {
                    List<String> required = new ArrayList<>();
                    item.path("components").forEach(c -> {
                        if (c.path("required").asBoolean()) {
                            required.add(c.path("name").asText());
                        }
                    });
                    procedures.add(new HalfYear.Procedure(item.path("code").asText(), item.path("processingDays"),
                            required));
                }
            }
            if ((page + 1) * 100L >= found.json().path("total").asLong()) {
                assertThat(procedures).as(level + " procedures").isNotEmpty();
                return procedures;
            }
        }
    }

    /**
     * The examples a front-end developer copies from the OpenAPI document work against the suite with the seed
     * catalog: the intake example is a dossier the desk accepts, and each resolve example resolves it.
     */
    @Test
    @Order(8)
    void theDocumentedIntakeAndResolveExamplesAreAcceptedAsWritten() throws Exception {
        JsonNode document = Http.get(suite.dossiers("/q/openapi?format=json"), null).json();
        JsonNode intakeExamples = document.at("/paths/~1api~1v1~1dossiers/post/requestBody/content/application~1json"
                + "/examples");
        JsonNode resolveExamples = document.at("/paths/~1api~1v1~1dossiers~1{id}~1resolve/post/requestBody/content"
                + "/application~1json/examples");
        assertThat(intakeExamples.size()).as("intake examples").isPositive();
        assertThat(resolveExamples.size()).as("resolve examples").isEqualTo(2);
        JsonNode intake = intakeExamples.elements().next().path("value");
        String officer = suite.token("officer", intake.path("unitCode").asText());
        for (JsonNode resolveExample : resolveExamples) {
            Http.Response received = Http.send("POST", suite.dossiers("/api/v1/dossiers"), officer,
                    intake.toString());
            assertThat(received.status()).as("the intake example: " + received.body()).isEqualTo(201);
            assertThat(received.json().path("procedure").path("code").asText())
                    .isEqualTo(intake.path("procedureCode").asText());
            String id = received.json().path("id").asText();
            Http.Response started = transition(id, "start", officer, received.header("ETag"), null, "IN_PROGRESS");
            JsonNode resolution = resolveExample.path("value");
            Http.Response resolved = transition(id, "resolve", officer, started.header("ETag"), resolution,
                    "RESOLVED");
            assertThat(resolved.json().path("outcome").asText()).as(resolution.toString())
                    .isEqualTo(resolution.path("outcome").asText());
        }
    }

    /**
     * Issue 15 item 2: a 150 MB scan passes through dossier-service running with the stack's -Xmx256m, streamed both
     * ways: the bytes are made as they are sent and hashed as they come back, so neither the test nor the service
     * ever holds the file; the service's heap is watched through its metrics meanwhile.
     */
    @Test
    @Order(9)
    void aFileOf150MbStreamsThroughTheServiceRunningWith256MbOfHeap() throws Exception {
        JsonNode procedure = suite.procedure(BIRTH_REGISTRATION);
        Http.Response intake = suite.intake(SuiteClient.intakeRequest(procedure, COMMUNE_THUAN_AN, "IN_PERSON",
                Applicants.NEIGHBOUR.json()));
        String base = suite.dossiers("/api/v1/dossiers/" + intake.json().path("id").asText() + "/files");
        String component = intake.json().path("documents").path(0).path("component").asText();
        String officer = suite.token("officer", COMMUNE_THUAN_AN);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpResponse<String> created;
        HttpResponse<InputStream> download;
        String downloaded;
        try (ServiceHeap heap = ServiceHeap.watch(suite.dossiers("/q/metrics"))) {
            HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "?component=" + Http.query(component)
                            + "&fileName=ban-quet-ho-so.pdf&digitised=true"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + officer)
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new DigestInputStream(GeneratedBytes.pdf(LARGE_FILE, 150), sent)), LARGE_FILE))
                    .build();
            created = client.send(upload, HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            download = client.send(HttpRequest.newBuilder(URI.create(base + "/"
                            + Http.JSON.readTree(created.body()).path("id").asText() + "/content"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + officer).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(download.statusCode()).isEqualTo(200);
            try (InputStream in = download.body()) {
                downloaded = GeneratedBytes.sha256Of(in);
            }

            // the run means something only if the service really had less heap than twice the file
            assertThat(heap.maxHeapBytes()).as("dossier-service's max heap").isPositive()
                    .isLessThanOrEqualTo(256L * 1024 * 1024);
            assertThat(heap.answered()).as("metrics read while the file streamed").isGreaterThan(5);
            assertThat(heap.unanswered()).as("the service kept answering").isZero();
            assertThat(heap.peakLiveBytes()).as("heap kept after a full GC: never the file").isLessThan(LARGE_FILE);
        }
        JsonNode file = Http.JSON.readTree(created.body());
        String sha256 = HexFormat.of().formatHex(sent.digest());
        assertThat(file.path("size").asLong()).isEqualTo(LARGE_FILE);
        assertThat(file.path("sha256").asText()).isEqualTo(sha256);
        assertThat(file.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(downloaded).isEqualTo(sha256);
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(LARGE_FILE);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        return weekday;
    }

    private Http.Response transition(String id, String action, String officer, String etag, Object body,
            String expectedStatus) throws Exception {
        Http.Response response = suite.act(id, action, officer, etag, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).as(action).isEqualTo(expectedStatus);
        return response;
    }

    private JsonNode track(String receiptCode, String secret) {
        Http.Response tracking = Http.get(suite.dossiers("/api/v1/public/dossiers/" + receiptCode), null,
                Map.of("X-Lookup-Secret", secret));
        assertThat(tracking.status()).as("tracking: " + tracking.body()).isEqualTo(200);
        return tracking.json();
    }

    /** The survey by its token, or no state while survey-service does not know the token yet. */
    private JsonNode survey(String token) {
        Http.Response survey = Http.get(suite.surveys("/api/v1/surveys/" + token), null);
        if (survey.status() == 404) {
            return Http.JSON.createObjectNode();
        }
        assertThat(survey.status()).as("survey: " + survey.body()).isEqualTo(200);
        return survey.json();
    }

    private static long count(JsonNode figures, String group, String name) {
        return figures.path(group).path(name).asLong();
    }

    /** A full set of answers to a survey's questionnaire: every question 5 but the first, 3. */
    record Answers(ObjectNode body, int count) {

        static Answers allFivesButOneThree(JsonNode survey) {
            ObjectNode body = Http.JSON.createObjectNode()
                    .put("questionnaireVersion", survey.path("questionnaireVersion").asInt());
            var answers = body.putArray("answers");
            for (JsonNode group : survey.path("questionnaire").path("groups")) {
                for (JsonNode question : group.path("questions")) {
                    int score = answers.isEmpty() ? 3 : 5;
                    answers.addObject().put("question", question.path("code").asText()).put("score", score);
                }
            }
            body.put("comment", "Cán bộ hướng dẫn tận tình");
            assertThat(answers.size()).as("questions in " + survey).isGreaterThan(1);
            return new Answers(body, answers.size());
        }
    }
}
