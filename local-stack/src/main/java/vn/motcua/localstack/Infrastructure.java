package vn.motcua.localstack;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.motcua.events.Topics;
import vn.motcua.testing.embedded.EmbeddedKafka;
import vn.motcua.testing.embedded.EmbeddedPostgres;
import vn.motcua.testing.embedded.EmbeddedS3;
import vn.motcua.testing.embedded.ExternalPostgres;
import vn.motcua.testing.embedded.PostgresServer;
import vn.motcua.testing.embedded.S3Endpoint;

/** PostgreSQL, Kafka and S3 for the stack: embedded and durable under the data folder, or external. */
final class Infrastructure implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final StackConfig config;
    private volatile PostgresServer postgres;
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedS3 s3;

    Infrastructure(StackConfig config) {
        this.config = config;
    }

    /** The topics every service may use, with the dead-letter topics of those consumed (dossier-transferred is not). */
    static List<String> topics() {
        return List.of(Topics.DOSSIER_RECEIVED, Topics.DOSSIER_RESOLVED, Topics.DOSSIER_TRANSFERRED,
                Topics.SURVEY_RESPONSE_SUBMITTED,
                Topics.deadLetter(Topics.DOSSIER_RECEIVED), Topics.deadLetter(Topics.DOSSIER_RESOLVED),
                Topics.deadLetter(Topics.SURVEY_RESPONSE_SUBMITTED));
    }

    /** Fails at once, naming the server, when an external PostgreSQL or Kafka cannot be reached. */
    void checkExternalServers() {
        if (!config.embeddedPostgres()) {
            try (PostgresServer external = external()) {
                external.checkReachable();
            } catch (IllegalStateException e) {
                throw new LaunchException(e.getMessage() + "\n(set by MOTCUA_POSTGRES_URL / MOTCUA_POSTGRES_USER / "
                        + "MOTCUA_POSTGRES_PASSWORD; unset MOTCUA_POSTGRES_URL to use the embedded server)", e);
            }
        }
        if (!config.embeddedKafka()) {
            checkKafkaReachable(config.kafkaBootstrap());
        }
    }

    private ExternalPostgres external() {
        return new ExternalPostgres(config.postgresUrl(), config.postgresUser(), config.postgresPassword());
    }

    static void checkKafkaReachable(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000))) {
            admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String reason = cause instanceof TimeoutException || cause.getMessage() == null
                    ? "no answer within 10 s" : cause.getMessage();
            throw new LaunchException("Kafka is unreachable at " + bootstrap + " (MOTCUA_KAFKA_BOOTSTRAP): " + reason
                    + "\n(unset MOTCUA_KAFKA_BOOTSTRAP to use the embedded broker)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while checking Kafka at " + bootstrap);
        }
    }

    /** Starts (or connects to) PostgreSQL; returns how it is described in messages. */
    String startPostgres() {
        if (config.embeddedPostgres()) {
            try {
                postgres = EmbeddedPostgres.start(config.postgresDir(), config.postgresPort(), true);
            } catch (IOException | IllegalStateException e) {
                throw new LaunchException("PostgreSQL (embedded, port " + config.postgresPort() + ") did not start: "
                        + e.getMessage(), e);
            }
        } else {
            postgres = external();
        }
        return postgres.describe();
    }

    PostgresServer postgres() {
        return postgres;
    }

    /** Starts (or connects to) Kafka and creates the topics that are missing; returns the bootstrap address. */
    String startKafka() {
        String bootstrap;
        if (config.embeddedKafka()) {
            try {
                kafka = EmbeddedKafka.start(config.kafkaDir(), config.kafkaPort(), config.kafkaControllerPort(), true);
            } catch (IOException | RuntimeException e) {
                throw new LaunchException("Kafka (embedded, ports " + config.kafkaPort() + "/"
                        + config.kafkaControllerPort() + ") did not start: " + e.getMessage(), e);
            }
            bootstrap = kafka.bootstrapServers();
        } else {
            bootstrap = config.kafkaBootstrap();
        }
        try {
            EmbeddedKafka.ensureTopics(bootstrap, topics(), PARTITIONS);
        } catch (IllegalStateException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        return bootstrap;
    }

    /**
     * Starts the embedded S3 server, or takes the external one as configured; returns how services reach it. An
     * external one is not checked: dossier-service starts without its storage and answers file requests with 503
     * until the storage is back.
     */
    S3Endpoint startS3() {
        if (!config.embeddedS3()) {
            if (config.s3AccessKey() == null || config.s3SecretKey() == null) {
                throw new LaunchException("MOTCUA_S3_ENDPOINT is set without MOTCUA_S3_ACCESS_KEY and "
                        + "MOTCUA_S3_SECRET_KEY (unset MOTCUA_S3_ENDPOINT to use the embedded S3 server)");
            }
            return new S3Endpoint(config.s3Endpoint(), config.s3Region(), config.s3AccessKey(), config.s3SecretKey());
        }
        try {
            s3 = EmbeddedS3.start(config.s3Dir(), config.s3Port());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("S3 (embedded, port " + config.s3Port() + ") did not start: " + e.getMessage(), e);
        }
        return s3.access();
    }

    String describeS3() {
        return s3 != null ? s3.describe() : "external S3 at " + config.s3Endpoint();
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
            s3 = null;
        }
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("motcua: stopping Kafka: " + e.getMessage());
            }
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
