package vn.motcua.dossier.outbox;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Test seam: while {@link #unreachable} is set, the relay's records go to a real Kafka producer pointed at a
 * closed loopback port instead of the broker, so the relay meets the client's own failure (no metadata within
 * max.block.ms) exactly as when the broker is down. Only in test sources.
 */
@Decorator
@Priority(10)
public abstract class BrokerSwitch implements EventSender {

    static volatile boolean unreachable;
    private static KafkaEventSender nowhere;

    @Inject
    @Delegate
    EventSender broker;

    static void brokerUnreachable() {
        unreachable = true;
    }

    static void brokerBack() {
        unreachable = false;
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, Map<String, String> headers, String value) {
        return unreachable ? nowhere().send(topic, key, headers, value) : broker.send(topic, key, headers, value);
    }

    private static synchronized KafkaEventSender nowhere() {
        if (nowhere == null) {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nowhere = new KafkaEventSender("127.0.0.1:" + closedPort, Duration.ofSeconds(2));
        }
        return nowhere;
    }
}
