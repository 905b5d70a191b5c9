package vn.motcua.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar motcua-local-stack.jar up|down|token|help}: the command behind {@code ./motcua}. */
public final class Main {

    static final String USAGE = """
            Usage: ./motcua COMMAND [OPTIONS]

              up [--data DIR] [--demo] [--unit UNIT]
                  Start PostgreSQL, Kafka, S3 and the four services; wait until all are healthy; print their URLs
                  and a token per role. Runs until Ctrl-C (or ./motcua down). A service that crashes is
                  restarted after a short backoff (at most 5 times in 10 minutes).
                  --demo, on the first start of a data folder, loads the seed catalog and about three months of
                  dossiers, surveys and kiosk responses through the services' APIs (later starts find the marker
                  demo-data.loaded and skip it).
              down [--data DIR]
                  Stop the stack running on the data folder and wait until it has stopped.
              token --role ROLE [--unit UNIT] [--hours H] [--data DIR]
                  Print a signed bearer token (default 12 h) for ROLE: catalog-admin, officer, commune-system,
                  analyst, kiosk, admin. Officers and commune systems act for UNIT (default 000.00.20.H26).
              help
                  Show this text.

            Environment:
              MOTCUA_DATA                    data folder (default <repo>/.motcua); --data wins
              MOTCUA_CATALOG_PORT 8081, MOTCUA_DOSSIER_PORT 8082, MOTCUA_SURVEY_PORT 8083, MOTCUA_REPORTING_PORT 8084
                                             a comma-separated list (MOTCUA_DOSSIER_PORT=8082,8092) starts one
                                             instance per port on the service's one database; the other services
                                             and the printed links use the first
              MOTCUA_POSTGRES_PORT 5432      port of the embedded PostgreSQL
              MOTCUA_POSTGRES_URL            use an external PostgreSQL instead: admin JDBC URL, e.g.
                                             jdbc:postgresql://db:5432/postgres, with MOTCUA_POSTGRES_USER and
                                             MOTCUA_POSTGRES_PASSWORD (a role allowed to create roles and databases)
              MOTCUA_KAFKA_PORT 9092, MOTCUA_KAFKA_CONTROLLER_PORT 9093   ports of the embedded Kafka
              MOTCUA_KAFKA_BOOTSTRAP         use an external Kafka instead (host:port,...)
              MOTCUA_S3_PORT 9000            port of the embedded S3 server (S3Proxy; buckets under <data>/s3)
              MOTCUA_S3_ENDPOINT             use an external S3 API instead (MinIO, Ceph, Amazon S3), e.g.
                                             http://minio:9000, with MOTCUA_S3_ACCESS_KEY, MOTCUA_S3_SECRET_KEY and
                                             MOTCUA_S3_REGION (default us-east-1); path-style addressing
              MOTCUA_UNIT                    unit of the officer and commune-system tokens
              MOTCUA_START_TIMEOUT 120       seconds to wait for the services to become healthy
              MOTCUA_SERVICE_JAVA_OPTS       extra JVM options for the services (after -Xms64m -Xmx256m
                                             -XX:+UseSerialGC, and -XX:TieredStopAtLevel=1 but for
                                             dossier-service, which hashes files), e.g. -Xmx512m
            """;

    private Main() {
    }

    public static void main(String[] argv) {
        // the testing library logs through JBoss Logging, the broker through SLF4J: both end in j.u.l.
        System.setProperty("org.jboss.logging.provider", "jdk");
        Console console = new Console(System.out, System.err);
        int code;
        try {
            code = run(Arguments.parse(List.of(argv)), System.getenv(), console);
        } catch (UsageException e) {
            console.error(e.getMessage() + "\n" + "Run './motcua help' for the commands and options.");
            code = 2;
        } catch (LaunchException e) {
            console.error(e.getMessage());
            code = 1;
        } catch (InterruptedException e) {
            code = 130;
        } catch (RuntimeException e) {
            console.error("unexpected failure: " + e);
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    static int run(Arguments args, Map<String, String> env, Console console) throws InterruptedException {
        Path repoRoot = repoRoot(env);
        Path workingDir = Path.of("").toAbsolutePath();
        switch (args.command()) {
            case "up" -> {
                StackConfig config = StackConfig.from(args, env, repoRoot, workingDir);
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                return new Launcher(config, console, java).up();
            }
            case "down" -> {
                quietLogging();
                return down(StackConfig.dataDir(args, env, repoRoot, workingDir), console);
            }
            case "token" -> {
                quietLogging();
                String role = Tokens.role(args.option("role").orElseThrow(
                        () -> new UsageException("token needs --role (one of " + String.join(", ", Tokens.ROLES) + ")")));
                var unit = args.option("unit").map(StackConfig::unit);
                String defaultUnit = StackConfig.unit(env.getOrDefault("MOTCUA_UNIT", StackConfig.DEFAULT_UNIT));
                Duration validity = Tokens.validity(args.option("hours"));
                Path jwtDir = StackConfig.dataDir(args, env, repoRoot, workingDir).resolve("jwt");
                System.out.println(Tokens.fromKeysIn(jwtDir).mint(role, unit, defaultUnit, validity));
                return 0;
            }
            default -> {
                System.out.print(USAGE);
                return 0;
            }
        }
    }

    private static int down(Path dataDir, Console console) {
        try {
            if (PidFile.stopRunning(dataDir, Duration.ofSeconds(90))) {
                console.line("Motcua stopped (data folder " + dataDir + ").");
            } else {
                console.line("Motcua is not running on data folder " + dataDir + ".");
            }
            return 0;
        } catch (TimeoutException e) {
            throw new LaunchException("the launcher on " + dataDir + " did not stop within 90 s");
        }
    }

    /**
     * The checkout holding the service modules: {@code MOTCUA_HOME}, else the folder two levels above this
     * jar ({@code <repo>/local-stack/target/motcua-local-stack.jar}), else the working directory.
     */
    static Path repoRoot(Map<String, String> env) {
        String home = env.get("MOTCUA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // .../local-stack/target/motcua-local-stack.jar or .../local-stack/target/classes
            Path candidate = location.getParent().getParent().getParent();
            if (candidate != null && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back below
        }
        return Path.of("").toAbsolutePath();
    }

    static void quietLogging() {
        Logger.getLogger("").setLevel(Level.SEVERE);
    }
}
