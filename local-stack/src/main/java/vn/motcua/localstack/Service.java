package vn.motcua.localstack;

import java.nio.file.Path;

/** The four services of the suite, with what the launcher needs to run each one. */
enum Service {
    CATALOG("procedure-catalog", "catalog", 8081, "MOTCUA_CATALOG_PORT", false, false),
    // streams files through SHA-256 both ways: only C2 compiles MessageDigest to the CPU's SHA instructions
    DOSSIER("dossier-service", "dossier", 8082, "MOTCUA_DOSSIER_PORT", true, true),
    SURVEY("survey-service", "survey", 8083, "MOTCUA_SURVEY_PORT", true, false),
    REPORTING("reporting-service", "reporting", 8084, "MOTCUA_REPORTING_PORT", true, false);

    private final String moduleName;
    private final String database;
    private final int defaultPort;
    private final String portVariable;
    private final boolean usesKafka;
    private final boolean fullJit;

    Service(String moduleName, String database, int defaultPort, String portVariable, boolean usesKafka,
            boolean fullJit) {
        this.moduleName = moduleName;
        this.database = database;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.usesKafka = usesKafka;
        this.fullJit = fullJit;
    }

    /** Maven module folder and the name used in messages and log files. */
    String moduleName() {
        return moduleName;
    }

    /** Name of its own database and login role. */
    String database() {
        return database;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** Environment variable that overrides its HTTP port. */
    String portVariable() {
        return portVariable;
    }

    boolean usesKafka() {
        return usesKafka;
    }

    /** Runs with C1 and C2 (the JVM's default) rather than the quick-start C1 only. */
    boolean fullJit() {
        return fullJit;
    }

    /** The runnable jar Quarkus builds for it. */
    Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
