package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The suite cloned into a folder only its owner may enter (root's home, a mode-700 folder) and started there with
 * {@code ./motcua up} and its default data folder ({@code <checkout>/.motcua}), as someone who clones as root does.
 * PostgreSQL never runs as root: the launcher runs it as {@code nobody}, which cannot enter the checkout, so the
 * server's files live under {@code /var/lib/motcua}, linked from the data folder. Run by another user (a developer's
 * machine), the same test starts the suite in that user's mode-700 folder, where the server runs as that user and
 * keeps its files in place: the script and the launcher must work from a private folder for everyone.
 * <p>
 * The checkout is a clone of this repository with the artifacts this build made copied in (a build of the clone
 * would only repeat the reactor's), so {@code ./motcua up} finds them fresh and starts at once.
 */
class RootInPrivateFolderIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> SERVICES = List.of("procedure-catalog", "dossier-service", "survey-service",
            "reporting-service");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Test
    void theSuiteStartsFromACheckoutInAFolderOnlyItsOwnerMayEnter() throws Exception {
        Path privateFolder = Files.createTempDirectory("motcua-private-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))).toRealPath();
        Path checkout = privateFolder.resolve("motcua");
        Path serverFolder = null;
        LauncherProcess launcher = null;
        try {
            cloneWithBuiltArtifacts(checkout);
            StackEnvironment stack = StackEnvironment.at(checkout.resolve(".motcua"));
            Map<String, String> env = new HashMap<>(stack.env());
            env.remove("MOTCUA_DATA");
            env.put("MOTCUA_LAUNCHER_JAVA_OPTS", "-Xmx384m -XX:+UseSerialGC");

            launcher = LauncherProcess.script(checkout, env, "up");
            launcher.awaitOutput(LauncherProcess.READY_OUTPUT_END, START_TIMEOUT);
            assertThat(launcher.output()).doesNotContain("Building Motcua")
                    .contains("Data folder   " + stack.dataDir());
            List<Integer> ports = List.of(stack.catalogPort(), stack.dossierPort(), stack.surveyPort(),
                    stack.reportingPort());
            for (int i = 0; i < SERVICES.size(); i++) {
                Http.Response health = Http.get(StackEnvironment.url(ports.get(i), "/q/health/ready"), null);
                assertThat(health.status()).as(SERVICES.get(i) + " readiness").isEqualTo(200);
                assertThat(health.json().path("status").asText()).as(SERVICES.get(i)).isEqualTo("UP");
            }

            Path postgresDir = stack.dataDir().resolve("postgres");
            serverFolder = postgresDir.toRealPath();
            ProcessHandle postmaster = postmaster(postgresDir);
            if (ROOT) {
                assertThat(postgresDir).as("the data folder links to the server's files").isSymbolicLink();
                assertThat(serverFolder).startsWith(Path.of("/var/lib/motcua"));
                assertThat(postmaster.info().user()).as("PostgreSQL's user").hasValue("nobody");
            } else {
                assertThat(Files.isSymbolicLink(postgresDir)).as("the server's own user keeps them in place").isFalse();
                assertThat(serverFolder).isEqualTo(postgresDir);
                assertThat(postmaster.info().user()).as("PostgreSQL's user").hasValue(System.getProperty("user.name"));
            }

            // the script itself (not the launcher) sees the running stack and refuses before it would build
            LauncherProcess second = LauncherProcess.script(checkout, env, "up");
            assertThat(second.awaitExit(Duration.ofSeconds(30))).as(second.output()).isNotZero();
            assertThat(second.output()).contains("motcua: Motcua is already running on data folder " + stack.dataDir()
                    + " (launcher pid " + launcher.pid() + "). Stop it first with './motcua down'.");

            launcher.stop(STOP_TIMEOUT);
            assertThat(launcher.output()).contains("Motcua stopped");
            assertThat(postmaster.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("PostgreSQL stopped").isFalse();
            assertThat(postgresDir.resolve("postmaster.pid")).doesNotExist();
            assertThat(stack.runningProcesses()).as("processes of " + stack.dataDir()).isEmpty();
            String server = serverFolder.toString();
            assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(server))
                    .toList()).as("processes of " + server).isEmpty();
        } finally {
            if (launcher != null) {
                launcher.close();
            }
            if (serverFolder != null && !serverFolder.startsWith(privateFolder)) {
                StackEnvironment.deleteTree(serverFolder);
            }
            StackEnvironment.deleteTree(privateFolder);
        }
    }

    /** {@code git clone} of the repository under test, then the artifacts {@code ./motcua up} runs, as built. */
    private static void cloneWithBuiltArtifacts(Path checkout) throws Exception {
        Path repository = LauncherProcess.launcherJar().getParent().getParent().getParent();
        Process clone = new ProcessBuilder("git", "clone", "--quiet", repository.toString(), checkout.toString())
                .redirectErrorStream(true).start();
        String output = new String(clone.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(clone.waitFor(120, TimeUnit.SECONDS)).as("git clone").isTrue();
        assertThat(clone.exitValue()).as("git clone " + repository + ": " + output).isZero();

        copy(repository, checkout, "local-stack/target/motcua-local-stack.jar");
        copy(repository, checkout, "local-stack/target/lib");
        for (String service : SERVICES) {
            copy(repository, checkout, service + "/target/quarkus-app");
        }
        // what ./motcua writes after a build: the artifacts are newer than every source of the clone
        Files.writeString(checkout.resolve("local-stack/target/.motcua-build-stamp"), "");
    }

    private static void copy(Path from, Path to, String relative) throws IOException {
        Path source = from.resolve(relative);
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(relative).resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private static ProcessHandle postmaster(Path postgresDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(postgresDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no PostgreSQL with pid " + pid));
    }
}
