package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.testing.embedded.EmbeddedKafka;

/**
 * Faults a district's server room will see, during a stream of intakes, resolutions and survey answers
 * ({@link FaultStream}): each of the four services killed with {@code kill -9} in turn (the launcher's supervisor
 * restarts it), the Kafka broker stopped for a while and PostgreSQL restarted. The broker runs in this test's JVM and
 * the stack uses it as an external Kafka ({@code MOTCUA_KAFKA_BOOTSTRAP}), so the test can stop and start it on the
 * same log folder. Clients only ever get a 2xx, a 503 with Retry-After or a refused connection; after each fault
 * every accepted dossier gets its survey and reporting counts every accepted, resolved and answered one, and at the
 * end exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultToleranceIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final List<String> KILLED_IN_TURN = List.of("dossier-service", "reporting-service",
            "survey-service", "procedure-catalog");
    private static final Duration BROKER_DOWNTIME = Duration.ofSeconds(20);
    private static final int DESK_CLIENTS = 3;
    /** Dossiers accepted between two faults, so each fault hits a stream that is flowing. */
    private static final int DOSSIERS_BETWEEN_FAULTS = 15;

    private StackEnvironment stack;
    private LauncherProcess launcher;
    private EmbeddedKafka kafka;
    private SuiteClient suite;
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
        FaultStream stream = new FaultStream(suite, DESK_CLIENTS);
        stream.start();
        try {
            stream.awaitAccepted(DOSSIERS_BETWEEN_FAULTS);
            for (String service : KILLED_IN_TURN) {
                stream.phase("kill -9 " + service);
                killAndAwaitRestart(service);
                stream.phase("steady");
                stream.awaitAccepted(stream.accepted() + DOSSIERS_BETWEEN_FAULTS);
                stream.awaitEverythingApplied("kill -9 " + service);
            }
            stream.phase("Kafka broker stopped");
            int acceptedBeforeBrokerStop = stream.accepted();
            kafka.close();
            kafka = null;
            Thread.sleep(BROKER_DOWNTIME.toMillis());
            acceptedWhileBrokerDown = stream.accepted() - acceptedBeforeBrokerStop;
            kafka = startBroker();
            stream.phase("steady");
            stream.awaitAccepted(stream.accepted() + DOSSIERS_BETWEEN_FAULTS);
            stream.awaitEverythingApplied("the broker's stop");
            stream.phase("PostgreSQL restart");
            restartPostgres();
            for (int port : List.of(stack.catalogPort(), stack.dossierPort(), stack.surveyPort(), stack.reportingPort())) {
                awaitReady(port);
            }
            stream.phase("steady");
            stream.awaitAccepted(stream.accepted() + DOSSIERS_BETWEEN_FAULTS);
        } finally {
            stream.stop();
        }
        String figures = stream.report() + ", accepted while the broker was down " + acceptedWhileBrokerDown;
        System.out.println(figures);

        assertThat(stream.violations()).as("answers other than 2xx, 503 with Retry-After or no connection:\n"
                + figures).isEmpty();
        for (String killed : KILLED_IN_TURN) {
            assertThat(stream.failures("kill -9 " + killed)).as("the clients felt " + killed + " go down\n"
                    + figures).isPositive();
        }
        assertThat(acceptedWhileBrokerDown).as("intake goes on without the broker (the outbox keeps the events)\n"
                + figures).isPositive();
        stream.awaitEverythingApplied("the PostgreSQL restart, the stream stopped");
    }

    /** kill -9 of the service's JVM, a child of the launcher; returns once the supervisor has it healthy again. */
    private void killAndAwaitRestart(String module) throws Exception {
        String jar = "/" + module + "/target/quarkus-app/quarkus-run.jar";
        ProcessHandle victim = ProcessHandle.of(launcher.pid()).orElseThrow().descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no " + module + " process under the launcher"));
        assertThat(victim.destroyForcibly()).as("SIGKILL to " + module).isTrue();
        victim.onExit().get(30, TimeUnit.SECONDS);
        launcher.awaitOutput(module + " is healthy again", FaultStream.HEAL_TIMEOUT);
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
        Http.Response ready = SuiteClient.await(FaultStream.HEAL_TIMEOUT, () -> {
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
}
