package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.motcua.testing.jwt.TokenMinter;

/**
 * What an outside client of a running stack does, over HTTP only: tokens from the stack's key pair, the seed
 * catalog loaded through the import API, intake and the workflow's transitions, reads of the survey and the
 * KPIs. Assertions here check only that a call did what the client asked; the tests assert the behaviour.
 */
final class SuiteClient {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path ROOT = Path.of(System.getProperty("motcua.root", "..")).toAbsolutePath().normalize();
    private static final Duration TOKEN_VALIDITY = Duration.ofHours(2);

    private final StackEnvironment stack;
    private final TokenMinter minter;

    SuiteClient(StackEnvironment stack) throws IOException {
        this.stack = stack;
        this.minter = stack.minter();
    }

    String token(String role, String unit) {
        return minter.mint("system-test-" + role + (unit == null ? "" : "-" + unit), List.of(role), unit,
                TOKEN_VALIDITY);
    }

    TokenMinter minter() {
        return minter;
    }

    String catalog(String path) {
        return StackEnvironment.url(stack.catalogPort(), path);
    }

    String dossiers(String path) {
        return StackEnvironment.url(stack.dossierPort(), path);
    }

    String surveys(String path) {
        return StackEnvironment.url(stack.surveyPort(), path);
    }

    String reporting(String path) {
        return StackEnvironment.url(stack.reportingPort(), path);
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    /** Units, then procedures, from {@code procedure-catalog/seed}, through the catalog's CSV import. */
    void importSeedCatalog() throws IOException {
        String admin = token("catalog-admin", null);
        for (String table : List.of("units", "procedures")) {
            String csv = Files.readString(ROOT.resolve("procedure-catalog/seed/" + table + ".csv"));
            Http.Response imported = Http.send("POST", catalog("/api/v1/imports/" + table + "?dryRun=false"), admin,
                    "text/csv", csv, Map.of());
            assertThat(imported.status()).as("import of seed " + table + ": " + imported.body()).isEqualTo(200);
        }
    }

    /** The procedure as the catalog publishes it. */
    JsonNode procedure(String code) {
        Http.Response procedure = Http.get(catalog("/api/v1/procedures/" + code), null);
        assertThat(procedure.status()).as("GET procedure " + code + ": " + procedure.body()).isEqualTo(200);
        return procedure.json();
    }

    /** An intake request with every required component of the procedure, for the applicant given. */
    static ObjectNode intakeRequest(JsonNode procedure, String unitCode, String channel, ObjectNode applicant) {
        ObjectNode request = Http.JSON.createObjectNode()
                .put("procedureCode", procedure.path("code").asText())
                .put("unitCode", unitCode)
                .put("channel", channel);
        request.set("applicant", applicant);
        ArrayNode documents = request.putArray("documents");
        for (JsonNode component : procedure.path("components")) {
            if (component.path("required").asBoolean()) {
                documents.addObject().put("component", component.path("name").asText()).put("originals", 1)
                        .put("copies", 0);
            }
        }
        return request;
    }

    /** Receives a dossier as an officer of its unit; returns the intake response (with secret and survey token). */
    Http.Response intake(ObjectNode request) throws IOException {
        String officer = token("officer", request.path("unitCode").asText());
        Http.Response received = Http.send("POST", dossiers("/api/v1/dossiers"), officer,
                Http.JSON.writeValueAsString(request));
        assertThat(received.status()).as("intake: " + received.body()).isEqualTo(201);
        return received;
    }

    /**
     * A workflow transition ({@code start}, {@code resolve}, …) by {@code token} on the version {@code etag}.
     * Returns the response whatever its status.
     */
    Http.Response act(String dossierId, String action, String token, String etag, Object body) throws IOException {
        return Http.send("POST", dossiers("/api/v1/dossiers/" + dossierId + "/" + action), token, "application/json",
                Http.JSON.writeValueAsString(body == null ? Map.of() : body), Map.of("If-Match", etag));
    }

    /**
     * The overall KPI figures of one unit (with its sub-units) for the period, as an analyst reads them; no figures
     * (every count 0) while reporting has seen no event naming the unit, which it answers with a 404 on unit.
     */
    JsonNode kpis(String unit, LocalDate from, LocalDate to) {
        return kpis(stack.reportingPort(), unit, from, to);
    }

    /** {@link #kpis(String, LocalDate, LocalDate)} from the reporting-service instance on {@code reportingPort}. */
    JsonNode kpis(int reportingPort, String unit, LocalDate from, LocalDate to) {
        Http.Response kpis = Http.get(StackEnvironment.url(reportingPort, "/api/v1/kpis?from=" + from + "&to=" + to
                + "&unit=" + unit), token("analyst", null));
        if (kpis.status() == 404 && kpis.json().path("errors").path(0).path("field").asText().equals("unit")) {
            return Http.JSON.createObjectNode();
        }
        assertThat(kpis.status()).as("GET /api/v1/kpis: " + kpis.body()).isEqualTo(200);
        return kpis.json().path("overall");
    }

    /** Sleeps for {@code duration} on a client thread, which nothing interrupts but the end of the test. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code read} until {@code done} holds or {@code timeout} passes; returns the last value read. */
    static <T> T await(Duration timeout, Supplier<T> read, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            value = read.get();
        }
        return value;
    }
}
