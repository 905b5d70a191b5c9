package vn.motcua.deadletter;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.events.Topics;

/**
 * Dead-letters a record a consumer cannot apply: into the service's {@code dead_letter} table, which the admin API
 * lists and re-drives from, and to {@code <topic>.dlq} for analysts (the AsyncAPI document's contract): same key,
 * value and headers, plus the reason in the headers SmallRye's dead-letter strategy uses ({@code dead-letter-reason},
 * {@code -cause}, {@code -topic}, {@code -partition}, {@code -offset}). Both are done before the consumer moves past
 * the record, waiting out a database or broker that is away, so a dead letter is never lost either.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final DeadLetterStore store;
    private final TransientFailures transientFailures;
    private final KafkaProducer<String, String> producer;

    public DeadLetters(DeadLetterStore store, TransientFailures transientFailures,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.store = store;
        this.transientFailures = transientFailures;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // a broker that is away is waited for as long as it takes (the consumer does not move on meanwhile)
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.MAX_VALUE,
                ProducerConfig.CLIENT_ID_CONFIG, application + "-dead-letters"),
                new StringSerializer(), new StringSerializer());
    }

    public void send(ConsumerRecord<String, String> record, Exception error) {
        try {
            transientFailures.untilDone(() -> {
                store.add(record, error);
                return null;
            }, Void.class);
            producer.send(deadLetter(record, error)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + where(record), e);
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + where(record), e);
        }
        LOG.warnf("dead-lettered %s: %s", where(record), DeadLetterStore.reason(error));
    }

    private static ProducerRecord<String, String> deadLetter(ConsumerRecord<String, String> record, Exception error) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(),
                record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        header(dead, "dead-letter-reason", String.valueOf(error.getMessage()));
        header(dead, "dead-letter-cause", error.getClass().getName());
        header(dead, "dead-letter-topic", record.topic());
        header(dead, "dead-letter-partition", Integer.toString(record.partition()));
        header(dead, "dead-letter-offset", Long.toString(record.offset()));
        return dead;
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
