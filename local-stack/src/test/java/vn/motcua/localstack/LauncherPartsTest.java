package vn.motcua.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testing.embedded.S3Endpoint;
import vn.motcua.testing.embedded.ServiceDatabase;

/** The pure parts of starting and stopping: service environment, command line, log tail, pid file, Kafka id. */
class LauncherPartsTest {

    @TempDir
    Path dir;

    private static final ServiceDatabase DB = new ServiceDatabase("jdbc:postgresql://127.0.0.1:5432/dossier", "dossier",
            "pw");

    private static final S3Endpoint S3 = new S3Endpoint("http://127.0.0.1:9000", "us-east-1", "motcua-ab", "secret");

    private StackConfig config() {
        return StackConfig.from(Arguments.parse(List.of("up", "--data", dir.toString())), Map.of(), Path.of("/repo"),
                Path.of("/"));
    }

    private Launcher launcher() {
        return new Launcher(config(), new Console(System.out, System.err), Path.of("/jdk/bin/java"));
    }

    @Test
    void eachServiceGetsExactlyItsConfiguration() {
        Launcher launcher = launcher();
        Map<String, String> dossier = launcher.environment(new ServiceInstance(Service.DOSSIER, 1, 8082), DB,
                "127.0.0.1:9092", S3, Path.of("/data/jwt/public-key.pem"));
        assertThat(dossier).containsOnlyKeys("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "JWT_PUBLIC_KEY_LOCATION",
                "JWT_ISSUER", "KAFKA_BOOTSTRAP_SERVERS", "CATALOG_URL", "PUBLIC_TRACKING_BASE_URL",
                "PUBLIC_SURVEY_BASE_URL", "CORS_ORIGINS", "MOTCUA_STORAGE_ENDPOINT", "MOTCUA_STORAGE_REGION",
                "MOTCUA_STORAGE_ACCESS_KEY", "MOTCUA_STORAGE_SECRET_KEY");
        assertThat(dossier).containsEntry("MOTCUA_STORAGE_ENDPOINT", "http://127.0.0.1:9000")
                .containsEntry("MOTCUA_STORAGE_REGION", "us-east-1")
                .containsEntry("MOTCUA_STORAGE_ACCESS_KEY", "motcua-ab")
                .containsEntry("MOTCUA_STORAGE_SECRET_KEY", "secret");
        assertThat(dossier).containsEntry("CATALOG_URL", "http://127.0.0.1:8081")
                .containsEntry("PUBLIC_TRACKING_BASE_URL", "http://localhost:8082")
                .containsEntry("PUBLIC_SURVEY_BASE_URL", "http://localhost:8083");
        assertThat(dossier).containsEntry("HTTP_PORT", "8082").containsEntry("DB_URL", DB.jdbcUrl())
                .containsEntry("DB_USER", "dossier").containsEntry("DB_PASSWORD", "pw")
                .containsEntry("JWT_PUBLIC_KEY_LOCATION", "file:///data/jwt/public-key.pem")
                .containsEntry("JWT_ISSUER", "https://motcua.local/issuer")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        Map<String, String> catalog = launcher.environment(new ServiceInstance(Service.CATALOG, 1, 8081), DB,
                "127.0.0.1:9092", S3, Path.of("/data/jwt/public-key.pem"));
        assertThat(catalog).doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS").containsEntry("HTTP_PORT", "8081")
                .containsEntry("PUBLIC_BASE_URL", "http://localhost:8081");
        assertThat(launcher.environment(new ServiceInstance(Service.SURVEY, 1, 8083), DB, "127.0.0.1:9092", S3,
                Path.of("/k.pem")))
                .containsEntry("PUBLIC_SURVEY_BASE_URL", "http://localhost:8083");
        assertThat(launcher.environment(new ServiceInstance(Service.REPORTING, 1, 8084), DB, "127.0.0.1:9092", S3,
                Path.of("/k.pem")))
                .containsOnlyKeys("HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "JWT_PUBLIC_KEY_LOCATION",
                        "JWT_ISSUER", "KAFKA_BOOTSTRAP_SERVERS", "CORS_ORIGINS");
    }

    @Test
    void frontEndsOnTheLocalDevelopmentServersMayCallEveryService() {
        for (Service service : Service.values()) {
            String origins = launcher().environment(new ServiceInstance(service, 1, 8080), DB, "127.0.0.1:9092", S3,
                    Path.of("/k.pem")).get("CORS_ORIGINS");
            assertThat(origins).as(service.moduleName()).isNotNull();
            assertThat(List.of(origins.split(","))).as(service.moduleName())
                    .containsExactlyInAnyOrder("http://localhost:5173", "http://localhost:3000");
        }
    }

    @Test
    void anotherInstanceOfAServiceGetsTheSameConfigurationButItsOwnPort() {
        Map<String, String> first = launcher().environment(new ServiceInstance(Service.DOSSIER, 1, 8082), DB,
                "127.0.0.1:9092", S3, Path.of("/k.pem"));
        Map<String, String> second = launcher().environment(new ServiceInstance(Service.DOSSIER, 2, 8092), DB,
                "127.0.0.1:9092", S3, Path.of("/k.pem"));
        assertThat(second).containsEntry("HTTP_PORT", "8092");
        Map<String, String> secondButPort = new java.util.HashMap<>(second);
        secondButPort.put("HTTP_PORT", "8082");
        assertThat(secondButPort).isEqualTo(first);
    }

    @Test
    void serviceCommandLimitsTheHeapAndMarksTheDataFolder() {
        assertThat(ServiceProcess.command(Path.of("/jdk/bin/java"), List.of("-Xmx512m"), Path.of("/repo/x/quarkus-run.jar"),
                Path.of("/d"), new ServiceInstance(Service.SURVEY, 2, 9183)))
                .containsExactly("/jdk/bin/java", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xmx512m", "-Dmotcua.stack=/d", "-Dmotcua.instance=survey-service-2", "-jar",
                        "/repo/x/quarkus-run.jar");
        assertThat(Service.SURVEY.runnableJar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/survey-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void dossierServiceRunsWithTheFullJitForItsFileHashing() {
        assertThat(ServiceProcess.command(Path.of("/jdk/bin/java"), List.of(), Path.of("/repo/x/quarkus-run.jar"),
                Path.of("/d"), new ServiceInstance(Service.DOSSIER, 1, 8082)))
                .containsExactly("/jdk/bin/java", "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Dmotcua.stack=/d",
                        "-Dmotcua.instance=dossier-service", "-jar", "/repo/x/quarkus-run.jar");
    }

    @Test
    void logTailShowsTheLastLines() throws IOException {
        Path log = dir.resolve("x.log");
        Files.write(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).toList());
        assertThat(ServiceProcess.tail(log, 3)).isEqualTo("line 98\nline 99\nline 100");
        assertThat(ServiceProcess.tail(dir.resolve("missing.log"), 3)).contains("no log");
    }

    @Test
    void onlyOneLauncherPerDataFolder() {
        assertThat(PidFile.runningPid(dir)).isEmpty();
        try (PidFile ignored = PidFile.acquire(dir)) {
            assertThat(dir.resolve("motcua.pid")).content().isEqualTo(ProcessHandle.current().pid() + "\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PidFile.acquire(dir))
                    .isInstanceOf(LaunchException.class).hasMessageContaining("already running on data folder " + dir);
        }
        assertThat(dir.resolve("motcua.pid")).doesNotExist();
        assertThat(PidFile.runningPid(dir)).isEmpty();
    }

    @Test
    void topicsIncludeDeadLetters() {
        assertThat(Infrastructure.topics()).containsExactlyInAnyOrder("dossier-received", "dossier-resolved",
                "dossier-transferred", "survey-response-submitted", "dossier-received.dlq", "dossier-resolved.dlq",
                "survey-response-submitted.dlq");
    }
}
