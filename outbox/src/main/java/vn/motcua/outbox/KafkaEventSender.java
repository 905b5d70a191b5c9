package vn.motcua.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A plain idempotent producer ({@code acks=all}) on {@code kafka.bootstrap.servers}, named
 * {@code <application>-outbox}. Its timeouts are short so that while the broker is unreachable a relay pass fails
 * in seconds and is simply tried again.
 */
@ApplicationScoped
public class KafkaEventSender implements EventSender {

    private final Producer<String, String> producer;

    @Inject
    public KafkaEventSender(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, OutboxConfig outbox) {
        this(bootstrapServers, applicationName, outbox.sendTimeout());
    }

    /** A sender outside CDI (a test's broker outage). */
    public KafkaEventSender(String bootstrapServers, String applicationName, Duration sendTimeout) {
        this.producer = new KafkaProducer<>(config(bootstrapServers, applicationName + "-outbox", sendTimeout),
                new StringSerializer(), new StringSerializer());
    }

    /** The producer settings: idempotent, acks=all, bounded blocking and delivery time. */
    static Map<String, Object> config(String bootstrapServers, String clientId, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        int timeout = (int) Math.max(2000, sendTimeout.toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (long) timeout / 2);
        return config;
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, Map<String, String> headers, String value) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) { // e.g. no metadata within max.block.ms while the broker is unreachable
            done.completeExceptionally(e);
        }
        return done;
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
