package vn.motcua.survey.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An idempotent {@code acks=all} producer on {@code kafka.bootstrap.servers}. Its timeouts are short, so while the
 * broker is unreachable a relay pass fails within seconds and the rows wait for the next pass.
 */
@ApplicationScoped
public class KafkaOutboxPublisher implements OutboxPublisher {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<String, String> producer;

    public KafkaOutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "survey-service-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000L),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public void publish(ProducerRecord<String, String> record) throws Exception {
        producer.send(record).get(SEND_TIMEOUT.toMillis() + 2000, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
