package vn.motcua.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.problem.DatabaseFailures;
import vn.motcua.problem.ProblemException;

/**
 * Re-drives dead letters through the handler that consumes their topic, the one live consumption uses; the handlers
 * are idempotent by event id, so a letter re-driven twice, or whose event arrived again meanwhile, is applied once.
 * A re-drive that fails again for a lasting reason keeps the letter pending with the new reason; a transient
 * failure (the database away) is thrown, answered 503, and changes nothing.
 */
@ApplicationScoped
public class Redrives {

    private final DeadLetterStore store;
    private final Instance<RecordHandler> handlers;

    public Redrives(DeadLetterStore store, Instance<RecordHandler> handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    /** The topics this service consumes, so dead letters can come from. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        handlers.forEach(handler -> topics.addAll(handler.topics()));
        return topics;
    }

    public DeadLetterPage list(String topic, boolean pending, int page, int size) throws SQLException {
        return store.page(topic, pending, page, size);
    }

    public RedriveResult redrive(long id) throws SQLException {
        DeadLetterStore.Letter letter = store.find(id)
                .orElseThrow(() -> ProblemException.notFound("No dead letter " + id + "."));
        DeadLetter view = letter.view();
        Optional<RecordHandler> handler = handlers.stream().filter(h -> h.topics().contains(view.topic())).findFirst();
        if (handler.isEmpty()) {
            IllegalStateException noHandler = new IllegalStateException(
                    "this service no longer consumes topic " + view.topic());
            store.failedAgain(id, noHandler);
            return new RedriveResult(id, view.topic(), view.eventId(), RedriveOutcome.FAILED, noHandler.getMessage());
        }
        boolean applied;
        try {
            applied = handler.get().apply(letter.record());
        } catch (RuntimeException e) {
            if (DatabaseFailures.isTransient(e)) {
                throw e;
            }
            store.failedAgain(id, e);
            return new RedriveResult(id, view.topic(), view.eventId(), RedriveOutcome.FAILED,
                    DeadLetterStore.reason(e));
        }
        store.redriven(id);
        return new RedriveResult(id, view.topic(), view.eventId(),
                applied ? RedriveOutcome.APPLIED : RedriveOutcome.ALREADY_APPLIED, null);
    }

    /** Re-drives every pending dead letter of {@code topic}, oldest first. */
    public RedriveSummary redriveAll(String topic) throws SQLException {
        int applied = 0;
        int alreadyApplied = 0;
        int failed = 0;
        List<Long> pending = store.pending(topic);
        for (long id : pending) {
            switch (redrive(id).outcome()) {
                case APPLIED -> applied++;
                case ALREADY_APPLIED -> alreadyApplied++;
                case FAILED -> failed++;
            }
        }
        return new RedriveSummary(topic, applied, alreadyApplied, failed);
    }
}
