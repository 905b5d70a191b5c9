package vn.motcua.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import vn.motcua.testing.embedded.EmbeddedKafka;
import vn.motcua.testing.embedded.EmbeddedPostgres;
import vn.motcua.testing.embedded.EmbeddedS3;
import vn.motcua.testing.embedded.S3Endpoint;
import vn.motcua.testing.embedded.ExternalPostgres;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.jwt.JwtKeys;

/**
 * One PostgreSQL server, one Kafka broker, one S3 server and one JWT key pair per test JVM, started on first use and
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
    private static final String S3_ENDPOINT = "motcua.test.s3.endpoint";
    private static final String S3_ACCESS_KEY = "motcua.test.s3.access-key";
    private static final String S3_SECRET_KEY = "motcua.test.s3.secret-key";
    /** Stops and resumes the S3 server: a platform MBean, so the copy of this class in any class loader reaches it. */
    private static final String S3_CONTROL = "vn.motcua.testing:type=EmbeddedS3";

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

    /** The JVM's S3 server, started on first use. */
    public static S3Endpoint s3() {
        synchronized (System.getProperties()) {
            if (System.getProperty(S3_ENDPOINT) == null) {
                try {
                    EmbeddedS3 server = EmbeddedS3.startThrowaway();
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-embedded-s3"));
                    System.setProperty(S3_ACCESS_KEY, server.accessKey());
                    System.setProperty(S3_SECRET_KEY, server.secretKey());
                    ManagementFactory.getPlatformMBeanServer().registerMBean(
                            new StandardMBean(new S3Control(server), S3ControlMBean.class), new ObjectName(S3_CONTROL));
                    System.setProperty(S3_ENDPOINT, server.endpoint());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (JMException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new S3Endpoint(System.getProperty(S3_ENDPOINT), EmbeddedS3.REGION,
                    System.getProperty(S3_ACCESS_KEY), System.getProperty(S3_SECRET_KEY));
        }
    }

    /** Takes the JVM's S3 server down: connections to its port are refused until {@link #resumeS3()}. */
    public static void stopS3() {
        controlS3("stop");
    }

    /** Serves the JVM's S3 server again, on the same port with the same objects. */
    public static void resumeS3() {
        controlS3("resume");
    }

    private static void controlS3(String operation) {
        s3();
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(S3_CONTROL), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("could not " + operation + " the S3 server: " + e.getMessage(), e);
        }
    }

    /** What the S3 control MBean offers. */
    public interface S3ControlMBean {
        void stop();

        void resume();
    }

    private record S3Control(EmbeddedS3 server) implements S3ControlMBean {
        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void resume() {
            server.resume();
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
