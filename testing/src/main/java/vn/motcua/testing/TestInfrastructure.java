package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.testing.embedded.EmbeddedKafka;
import vn.motcua.testing.embedded.EmbeddedPostgres;
import vn.motcua.testing.embedded.ExternalPostgres;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.jwt.JwtKeys;

/**
 * One PostgreSQL server, one Kafka broker and one JWT key pair per test JVM, started on first use and
 * stopped when the JVM exits. Quarkus may load this class in more than one class loader, so what was
 * started is published in system properties (JVM-wide) and reused from there.
 *
 * <p>Set {@code MOTCUA_TEST_POSTGRES_URL} (+ {@code _USER}, {@code _PASSWORD}) or
 * {@code MOTCUA_TEST_KAFKA_BOOTSTRAP} to run the tests against external servers instead.
 */
public final class TestInfrastructure {

    private static final String PG_URL = "motcua.test.postgres.url";
    private static final String PG_PASSWORD = "motcua.test.postgres.password";
    private static final String KAFKA = "motcua.test.kafka.bootstrap";
    private static final String JWT_DIR = "motcua.test.jwt.dir";

    private TestInfrastructure() {
    }

    public static PostgresServer postgres() {
        String externalUrl = System.getenv("MOTCUA_TEST_POSTGRES_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return new ExternalPostgres(externalUrl, envOr("MOTCUA_TEST_POSTGRES_USER", "postgres"),
                    envOr("MOTCUA_TEST_POSTGRES_PASSWORD", ""));
        }
        synchronized (System.getProperties()) {
            if (System.getProperty(PG_URL) == null) {
                try {
                    EmbeddedPostgres server = EmbeddedPostgres.startThrowaway();
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-embedded-postgres"));
                    System.setProperty(PG_URL, server.jdbcUrl("postgres"));
                    System.setProperty(PG_PASSWORD, superuserPassword(server));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new ExternalPostgres(System.getProperty(PG_URL), "postgres", System.getProperty(PG_PASSWORD));
        }
    }

    public static String kafkaBootstrapServers() {
        String external = System.getenv("MOTCUA_TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            return external;
        }
        synchronized (System.getProperties()) {
            if (System.getProperty(KAFKA) == null) {
                try {
                    EmbeddedKafka broker = EmbeddedKafka.startThrowaway();
                    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-embedded-kafka"));
                    System.setProperty(KAFKA, broker.bootstrapServers());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return System.getProperty(KAFKA);
        }
    }

    public static JwtKeys jwtKeys() {
        synchronized (System.getProperties()) {
            try {
                if (System.getProperty(JWT_DIR) == null) {
                    JwtKeys keys = JwtKeys.createThrowaway("motcua-jwt-");
                    System.setProperty(JWT_DIR, keys.publicKeyFile().getParent().toString());
                    return keys;
                }
                return JwtKeys.loadOrCreate(Path.of(System.getProperty(JWT_DIR)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String superuserPassword(EmbeddedPostgres server) throws IOException {
        return Files.readString(server.dataDir().resolve("motcua-superuser.password")).trim();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
