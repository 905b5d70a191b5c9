package vn.motcua.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot run on the build machines (no Docker), so this reads it: every variable it
 * sets for a service must be one that service's configuration reads, every variable the service
 * requires must be set, and each service must point at its own database, created by the init script.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("motcua.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, String> SERVICE_DATABASES = Map.of(
            "procedure-catalog", "catalog",
            "dossier-service", "dossier",
            "survey-service", "survey",
            "reporting-service", "reporting");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private final JsonNode compose = read(ROOT.resolve("docker-compose.yml"));

    @Test
    void everyVariableSetForAServiceIsReadByIt() throws IOException {
        for (String service : SERVICE_DATABASES.keySet()) {
            Map<String, Boolean> read = variablesRead(service);
            Set<String> set = environment(service).keySet();
            assertThat(read.keySet()).as("variables %s sets that %s does not read", "docker-compose.yml", service)
                    .containsAll(set);
            read.forEach((variable, required) -> {
                if (required) {
                    assertThat(set).as("%s requires %s", service, variable).contains(variable);
                }
            });
        }
    }

    @Test
    void eachServicePointsAtItsOwnDatabaseCreatedByTheInitScript() throws IOException {
        String initScript = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh"));
        JsonNode postgresEnv = compose.path("services").path("postgres").path("environment");
        Set<String> urls = new HashSet<>();
        SERVICE_DATABASES.forEach((service, database) -> {
            Map<String, String> env = environment(service);
            assertThat(env.get("DB_URL")).as(service).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(env.get("DB_USER")).as(service).isEqualTo(database);
            String passwordVariable = database.toUpperCase() + "_DB_PASSWORD";
            assertThat(env.get("DB_PASSWORD")).as(service).startsWith("${" + passwordVariable);
            assertThat(postgresEnv.path(passwordVariable).asText()).as("postgres gets " + passwordVariable)
                    .isEqualTo(env.get("DB_PASSWORD"));
            assertThat(initScript).as("init script creates " + database)
                    .contains("create " + database + " \"$" + passwordVariable + "\"");
            urls.add(env.get("DB_URL"));
        });
        assertThat(urls).hasSize(SERVICE_DATABASES.size());
    }

    @Test
    void servicesAreBuiltFromTheirModulesAndTalkToEachOtherByServiceName() {
        SERVICE_DATABASES.keySet().forEach(service -> {
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.path("build").path("args").path("SERVICE").asText()).isEqualTo(service);
            assertThat(Files.exists(ROOT.resolve(service).resolve("pom.xml"))).as(service + " module").isTrue();
            Map<String, String> env = environment(service);
            assertThat(definition.path("ports").get(0).asText()).isEqualTo(env.get("HTTP_PORT") + ":" + env.get("HTTP_PORT"));
            if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            }
        });
        assertThat(environment("dossier-service").get("CATALOG_URL"))
                .isEqualTo("http://procedure-catalog:" + environment("procedure-catalog").get("HTTP_PORT"));
        assertThat(Files.exists(ROOT.resolve("Dockerfile"))).isTrue();
    }

    /** Variables named in the service's application.properties, with whether they lack a default. */
    private static Map<String, Boolean> variablesRead(String service) throws IOException {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            if (line.startsWith("#") || line.startsWith("%test.") || line.startsWith("%dev.")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(line);
            while (m.find()) {
                variables.merge(m.group(1), m.group(2) == null, Boolean::logicalOr);
            }
        }
        return variables;
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        compose.path("services").path(service).path("environment").fields()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        assertThat(env).as(service + " environment").isNotEmpty();
        return env;
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
