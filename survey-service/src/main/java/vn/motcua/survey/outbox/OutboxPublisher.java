package vn.motcua.survey.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes one outbox record; returns once the broker has acknowledged it, throws when it could not. */
public interface OutboxPublisher {

    void publish(ProducerRecord<String, String> record) throws Exception;
}
