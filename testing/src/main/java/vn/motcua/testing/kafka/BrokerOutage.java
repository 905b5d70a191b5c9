package vn.motcua.testing.kafka;

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
import vn.motcua.outbox.EventSender;
import vn.motcua.outbox.KafkaEventSender;

/**
 * A broker outage for the outbox relay only: between {@link #begin()} and {@link #end()} the relay's records go to
 * a real Kafka producer pointed at a closed loopback port instead of the broker, so the relay meets the client's own
 * failure (no metadata within max.block.ms) exactly as when the broker is down, while the service's consumers keep
 * their broker.
 *
 * <p>A CDI decorator of the outbox's {@link EventSender}: it applies in the tests of a service that indexes this
 * module ({@code %test.quarkus.index-dependency.motcua-testing.*}); other users of the module never see it.
 */
@Decorator
@Priority(10)
public abstract class BrokerOutage implements EventSender {

    private static volatile boolean down;
    private static KafkaEventSender nowhere;

    @Inject
    @Delegate
    EventSender broker;

    public static void begin() {
        down = true;
    }

    public static void end() {
        down = false;
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, Map<String, String> headers, String value) {
        return down ? nowhere().send(topic, key, headers, value) : broker.send(topic, key, headers, value);
    }

    private static synchronized KafkaEventSender nowhere() {
        if (nowhere == null) {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nowhere = new KafkaEventSender("127.0.0.1:" + closedPort, "outage", Duration.ofSeconds(2));
        }
        return nowhere;
    }
}
