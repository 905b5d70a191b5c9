package vn.motcua.deadletter;

import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A service's application of the records of some topics, the same for live consumption and for a re-drive of a
 * dead letter. It must be idempotent by CloudEvents id (recorded in the change's own transaction), so a record
 * applied twice changes nothing the second time.
 */
public interface RecordHandler {

    /** The topics whose records this handler applies. */
    Set<String> topics();

    /**
     * Applies {@code record} in a transaction of its own.
     *
     * @return true when applied now, false when its event id had been applied before
     * @throws vn.motcua.events.InvalidEventException when the record breaks the event contract
     */
    boolean apply(ConsumerRecord<String, String> record);
}
