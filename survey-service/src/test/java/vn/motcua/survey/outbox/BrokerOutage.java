package vn.motcua.survey.outbox;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Test seam: during an outage the relay's records go to a real producer whose broker address is a closed loopback
 * port, so the relay meets the Kafka client's own failure (no metadata within max.block.ms), as when the broker is
 * down. The service's consumers keep their broker. Only in test sources.
 */
@Decorator
@Priority(10)
public abstract class BrokerOutage implements OutboxPublisher {

    private static volatile boolean down;
    private static KafkaOutboxPublisher nowhere;

    @Inject
    @Delegate
    OutboxPublisher broker;

    static void begin() {
        down = true;
    }

    static void end() {
        down = false;
    }

    @Override
    public void publish(ProducerRecord<String, String> record) throws Exception {
        if (down) {
            nowhere().publish(record);
        } else {
            broker.publish(record);
        }
    }

    private static synchronized KafkaOutboxPublisher nowhere() {
        if (nowhere == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                nowhere = new KafkaOutboxPublisher("127.0.0.1:" + socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return nowhere;
    }
}
