package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaEventSenderTest {

    @Test
    void theProducerIsIdempotentAndWaitsForAllReplicas() {
        Map<String, Object> config = KafkaEventSender.config("broker:9092", "survey-service-outbox",
                Duration.ofSeconds(10));
        assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "survey-service-outbox")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    }

    @Test
    void aSendGivesUpWithinTheSendTimeout() {
        Map<String, Object> config = KafkaEventSender.config("broker:9092", "x", Duration.ofSeconds(10));
        assertThat(config).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000L);
    }

    @Test
    void aVeryShortSendTimeoutIsRaisedToTwoSecondsSoTheClientCanStillConnect() {
        Map<String, Object> config = KafkaEventSender.config("broker:9092", "x", Duration.ofMillis(100));
        assertThat(config).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2_000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000L);
    }
}
