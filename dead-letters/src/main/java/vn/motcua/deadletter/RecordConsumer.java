package vn.motcua.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Live consumption of one record: applied through its handler, waiting out transient failures (the record stays
 * unacknowledged meanwhile); any other failure — the record breaks the event contract, or the handler cannot apply
 * it until something is fixed — dead-letters it, and the consumer goes on with the next.
 */
@ApplicationScoped
public class RecordConsumer {

    private static final Logger LOG = Logger.getLogger(RecordConsumer.class);

    private final TransientFailures transientFailures;
    private final DeadLetters deadLetters;

    public RecordConsumer(TransientFailures transientFailures, DeadLetters deadLetters) {
        this.transientFailures = transientFailures;
        this.deadLetters = deadLetters;
    }

    public void consume(ConsumerRecord<String, String> record, RecordHandler handler) {
        consumeAll(List.of(record), () -> {
            if (!handler.apply(record)) {
                LOG.debugf("%s@%d: event already applied", record.topic(), record.offset());
            }
            return null;
        });
    }

    /**
     * The records of one poll applied by {@code applyAll} in one transaction (one commit for the batch keeps up with a
     * burst), waiting out transient failures. When the batch fails for any other reason, each record is consumed
     * alone ({@link #consume}), so only the ones at fault are dead-lettered and the others applied.
     */
    public void consumeBatch(List<ConsumerRecord<String, String>> records, RecordHandler handler,
            Callable<Void> applyAll) {
        if (records.size() == 1) {
            consume(records.get(0), handler);
            return;
        }
        try {
            transientFailures.untilDone(applyAll, Void.class);
        } catch (Exception e) {
            if (Interruptions.stopping(e)) {
                throw new IllegalStateException("stopped while applying " + records.size() + " records", e);
            }
            LOG.infof("a batch of %d records failed (%s); applying them one by one", records.size(),
                    Texts.firstLine(e.getMessage(), 300));
            records.forEach(record -> consume(record, handler));
        }
    }

    /**
     * {@code apply} for {@code records} (one poll, applied as one transaction), waiting out transient failures; any
     * other failure dead-letters every one of them.
     */
    public void consumeAll(Collection<ConsumerRecord<String, String>> records, Callable<Void> apply) {
        try {
            transientFailures.untilDone(apply, Void.class);
        } catch (Exception e) {
            if (Interruptions.stopping(e)) {
                // the service is stopping: the records stay uncommitted and are read again after the restart
                throw new IllegalStateException("stopped while applying " + records.size() + " records", e);
            }
            records.forEach(record -> deadLetters.send(record, e));
        }
    }
}
