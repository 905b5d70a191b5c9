package vn.motcua.localstack;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import vn.motcua.testing.embedded.Ports;

/**
 * The local stack's in-process Kafka KRaft broker, whose log folder survives restarts. A formatted log
 * folder belongs to one cluster id, so a restart must reuse the id recorded in {@code meta.properties}
 * (a fresh random id, as {@code EmbeddedKafka.start} uses, makes the broker refuse the existing folder).
 */
final class DurableKafka implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final int port;

    private DurableKafka(EmbeddedKafkaBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    static DurableKafka start(Path logDir, int port, int controllerPort) throws IOException {
        Ports.requireFree("Kafka", port);
        Ports.requireFree("Kafka controller", controllerPort);
        Files.createDirectories(logDir);
        String clusterId = recordedClusterId(logDir).orElseGet(() -> Uuid.randomUuid().toString());
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(props -> {
                    props.put("log.dir", logDir.toAbsolutePath().toString());
                    props.put("auto.create.topics.enable", "true");
                    // keep every event: reporting rebuilds its read models by replaying the topics
                    props.put("log.retention.ms", "-1");
                    // after a restart the controller still holds the previous run's registration until its
                    // session expires (9 s by default): keep that wait short, broker and controller share a JVM
                    props.put("broker.heartbeat.interval.ms", "500");
                    props.put("broker.session.timeout.ms", "1500");
                });
        broker.start();
        return new DurableKafka(broker, port);
    }

    /** The cluster id a formatted log folder belongs to. */
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

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        broker.close();
    }
}
