package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

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
    /** Đăng ký khai sinh: commune level, in person, online or by post, 1 working day. */
    private static final String BIRTH_REGISTRATION = "1.001193";

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private SuiteClient suite;

    @BeforeAll
    void startTheStackWithTheSeedCatalog() throws Exception {
        stack = StackEnvironment.create();
        launcher = LauncherProcess.start(stack.env(), "up");
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
}
