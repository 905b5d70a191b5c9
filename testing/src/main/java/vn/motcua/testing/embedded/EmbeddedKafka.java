package vn.motcua.testing.embedded;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.jboss.logging.Logger;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), running in this JVM.
 * A durable one (local stack) keeps its log folder and retains records forever so read models can be
 * rebuilt by replay; a throwaway one (tests) lives in a temporary folder.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class);

    private final EmbeddedKafkaBroker broker;
    private final int port;

    private EmbeddedKafka(EmbeddedKafkaBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /**
     * Starts a broker on {@code port} (controller on {@code controllerPort}) with its log in
     * {@code logDir}; an existing log is reused with its records.
     */
    public static EmbeddedKafka start(Path logDir, int port, int controllerPort, boolean durable) throws IOException {
        Ports.requireFree("Kafka", port);
        Ports.requireFree("Kafka controller", controllerPort);
        Files.createDirectories(logDir);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                // a formatted log folder belongs to one cluster: a restart must present the same id
                .withClusterId(recordedClusterId(logDir).orElseGet(() -> Uuid.randomUuid().toString()))
                .withDeleteLogDirsOnClose(!durable)
                .withAdditionalProperties(props -> {
                    props.put("log.dir", logDir.toAbsolutePath().toString());
                    props.put("auto.create.topics.enable", "true");
                    // after a restart the controller holds the previous run's registration until its session
                    // expires (9 s by default); broker and controller share this JVM, so keep that wait short
                    props.put("broker.heartbeat.interval.ms", "500");
                    props.put("broker.session.timeout.ms", "1500");
                    if (durable) {
                        // keep every event: reporting rebuilds its read models by replaying the topics
                        props.put("log.retention.ms", "-1");
                    }
                });
        broker.start();
        LOG.infof("Kafka broker started on 127.0.0.1:%d, log in %s", port, logDir);
        return new EmbeddedKafka(broker, port);
    }

    /** A throwaway broker on free ports in a temporary folder, deleted on close. */
    public static EmbeddedKafka startThrowaway() throws IOException {
        return start(Files.createTempDirectory("motcua-kafka-"), Ports.free(), Ports.free(), false);
    }

    /** The cluster id a formatted log folder belongs to, if it was formatted before. */
    static Optional<String> recordedClusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id")).filter(id -> !id.isBlank());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Creates the topics that do not exist yet, with {@code partitions} partitions each. */
    public static void ensureTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000))) {
            Set<String> missing = new HashSet<>(topics);
            missing.removeAll(admin.listTopics().names().get(15, TimeUnit.SECONDS));
            if (!missing.isEmpty()) {
                List<NewTopic> newTopics = missing.stream()
                        .map(name -> new NewTopic(name, partitions, (short) 1))
                        .toList();
                admin.createTopics(newTopics).all().get(15, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " is unreachable or refused to create "
                    + "topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        broker.close();
        LOG.infof("Kafka broker on port %d stopped", port);
    }
}
