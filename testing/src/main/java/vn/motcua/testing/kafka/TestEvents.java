package vn.motcua.testing.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.events.Channel;
import vn.motcua.events.CloudEventAttributes;
import vn.motcua.events.DossierReceivedV1;
import vn.motcua.events.EventTypes;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.UnitLevel;

/** Produces and reads CloudEvents records on a real broker, as an outside producer or analyst would. */
public final class TestEvents {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String bootstrapServers;

    public TestEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** A complete dossier-received payload for {@code unitCode}, received now through {@code channel}. */
    public static DossierReceivedV1 dossierReceived(String unitCode, Channel channel) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0);
        return new DossierReceivedV1(UUID.randomUUID(), unitCode + "-" + now.toLocalDate().format(
                java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-0001", "1.001193",
                "Thủ tục đăng ký khai sinh", "HT", "Hộ tịch", unitCode, "UBND xã thử nghiệm", UnitLevel.COMMUNE, channel,
                OnlineLevel.FULL, now, now.plusDays(3), 3, UUID.randomUUID().toString().replace("-", ""),
                List.of("000.00.00.H26"));
    }

    /** Sends {@code event} to dossier-received as a CloudEvent with a fresh id; returns that id. */
    public String sendDossierReceived(DossierReceivedV1 event) {
        return send(event, json(event));
    }

    /** Sends {@code rawValue} as the payload of a dossier-received CloudEvent about {@code event}; returns its id. */
    public String send(DossierReceivedV1 event, String rawValue) {
        String id = UUID.randomUUID().toString();
        send(vn.motcua.events.Topics.DOSSIER_RECEIVED, event.dossierId().toString(), new CloudEventAttributes(id,
                "/motcua/tests", EventTypes.DOSSIER_RECEIVED_V1, OffsetDateTime.now(), event.receiptCode()).headers(),
                rawValue);
        return id;
    }

    /** Sends one record with the given headers and raw value, waiting for the broker's acknowledgement. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        sendAll(List.of(record));
    }

    /** Sends {@code records} through one producer, in order, waiting for every acknowledgement. */
    public void sendAll(List<ProducerRecord<String, String>> records) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(records.size());
            records.forEach(record -> sent.add(producer.send(record)));
            for (java.util.concurrent.Future<?> acknowledgement : sent) {
                acknowledgement.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send " + records.size() + " records", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A record of {@code topic} keyed by {@code key}, with the CloudEvents headers {@code attributes} and {@code value}. */
    public static ProducerRecord<String, String> record(String topic, String key, CloudEventAttributes attributes,
            String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        attributes.headers().forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Reads {@code topic} from the beginning until a record matches or {@code timeout} passes. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }

    /** The value of {@code name} on {@code record}, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
