package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.testing.embedded.ExternalPostgres;
import vn.motcua.testing.embedded.PostgresServer;

/**
 * Each service's own database taken away in turn — catalog, dossier, survey, reporting — during a stream of intakes,
 * resolutions and survey answers ({@link FaultStream}), while the PostgreSQL server stays up for the others: the
 * database refuses its service's connections ({@code connection limit 0}) and the open ones are terminated
 * ({@link PostgresServer#refuseConnections}), for longer than the consumers' first pauses. Clients only ever get a
 * 2xx, a 503 with Retry-After or no connection; no service is restarted; afterwards every accepted dossier exists
 * with its own receipt code and its survey, reporting counts each accepted, resolved and answered one exactly once,
 * and neither consumer has dead-lettered anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final List<String> DATABASES = List.of("catalog", "dossier", "survey", "reporting");
    private static final int DESK_CLIENTS = 2;
    private static final int DOSSIERS_BETWEEN_OUTAGES = 6;

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private SuiteClient suite;
    private PostgresServer postgres;

    @BeforeAll
    void startTheStackWithTheSeedCatalog() throws Exception {
        stack = StackEnvironment.create();
        launcher = LauncherProcess.start(stack.env(), "up");
        launcher.awaitOutput(LauncherProcess.READY_OUTPUT_END, START_TIMEOUT);
        suite = new SuiteClient(stack);
        suite.importSeedCatalog();
        // the superuser of the stack's embedded server, whose password the launcher keeps in the data folder
        Path data = stack.dataDir().resolve("postgres");
        postgres = new ExternalPostgres("jdbc:postgresql://127.0.0.1:" + stack.postgresPort() + "/postgres", "postgres",
                Files.readString(data.resolve("motcua-superuser.password"), StandardCharsets.UTF_8).trim());
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
    void eachServiceWaitsOutItsOwnDatabaseAndNothingIsLostDuplicatedOrDeadLettered() throws Exception {
        FaultStream stream = new FaultStream(suite, DESK_CLIENTS);
        stream.start();
        try {
            stream.awaitAccepted(DOSSIERS_BETWEEN_OUTAGES);
            for (String database : DATABASES) {
                String phase = "database " + database + " refused";
                stream.phase(phase);
                postgres.refuseConnections(database);
                try {
                    Thread.sleep(OUTAGE.toMillis());
                } finally {
                    postgres.allowConnections(database);
                }
                stream.phase("steady");
                stream.awaitAccepted(stream.accepted() + DOSSIERS_BETWEEN_OUTAGES);
                stream.awaitEverythingApplied(phase);
            }
        } finally {
            stream.stop();
        }
        System.out.println(stream.report());

        assertThat(stream.violations()).as("answers other than 2xx, 503 with Retry-After or no connection:\n"
                + stream.report()).isEmpty();
        for (String database : DATABASES) {
            assertThat(stream.failures("database " + database + " refused"))
                    .as("the clients felt database " + database + " go away\n" + stream.report()).isPositive();
        }
        stream.awaitEverythingApplied("the last outage, the stream stopped");
        assertThat(launcher.output()).as("no service was restarted").doesNotContain("restarted (pid");

        Set<String> receiptCodes = new HashSet<>();
        for (String id : stream.acceptedIds()) {
            Http.Response dossier = Http.get(suite.dossiers("/api/v1/dossiers/" + id), suite.token("analyst", null));
            assertThat(dossier.status()).as("dossier " + id + ": " + dossier.body()).isEqualTo(200);
            receiptCodes.add(dossier.json().path("receiptCode").asText());
        }
        assertThat(receiptCodes).as("one receipt code per dossier").hasSize(stream.acceptedIds().size())
                .doesNotContain("");
        String admin = suite.token("admin", null);
        for (String deadLetters : List.of(suite.surveys("/api/v1/dead-letters"),
                suite.reporting("/api/v1/dead-letters"))) {
            Http.Response pending = Http.get(deadLetters, admin);
            assertThat(pending.status()).as(deadLetters + ": " + pending.body()).isEqualTo(200);
            JsonNode page = pending.json();
            assertThat(page.path("total").asLong()).as("dead letters at " + deadLetters + ": " + page).isZero();
        }
    }
}
