package vn.motcua.outbox;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Sends one record to the broker; the future completes when the broker has acknowledged it (acks=all). */
public interface EventSender {

    CompletableFuture<Void> send(String topic, String key, Map<String, String> headers, String value);
}
