package vn.motcua.localstack;

import java.nio.file.Path;

/** The four services of the suite, with what the launcher needs to run each one. */
enum Service {
    CATALOG("procedure-catalog", "catalog", 8081, "MOTCUA_CATALOG_PORT", false),
    DOSSIER("dossier-service", "dossier", 8082, "MOTCUA_DOSSIER_PORT", true),
    SURVEY("survey-service", "survey", 8083, "MOTCUA_SURVEY_PORT", true),
    REPORTING("reporting-service", "reporting", 8084, "MOTCUA_REPORTING_PORT", true);

    private final String moduleName;
    private final String database;
    private final int defaultPort;
    private final String portVariable;
    private final boolean usesKafka;

    Service(String moduleName, String database, int defaultPort, String portVariable, boolean usesKafka) {
        this.moduleName = moduleName;
        this.database = database;
        this.defaultPort = defaultPort;
        this.portVariable = portVariable;
        this.usesKafka = usesKafka;
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

    /** The runnable jar Quarkus builds for it. */
    Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
