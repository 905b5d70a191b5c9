package vn.motcua.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Which rows of a batch may be marked sent once the broker has answered for each of them. */
final class Acknowledgements {

    private Acknowledgements() {
    }

    /** A row of the batch: its id and the aggregate whose events it orders. */
    record Sent(long id, UUID aggregateId) {
    }

    /**
     * The ids, in batch order, of the rows the broker acknowledged whose aggregate had no failed row in this batch.
     * Every row of an aggregate with a failure goes again in a later pass, after the failed one, so one
     * aggregate's events keep their order (at the price of republishing the acknowledged ones with the same id).
     * Only the rows in {@code failed} count a failed attempt; those held back with them were sent.
     */
    static List<Long> markable(List<Sent> batch, Set<Long> acknowledged, Set<Long> failed) {
        Set<UUID> failedAggregates = batch.stream().filter(row -> failed.contains(row.id())).map(Sent::aggregateId)
                .collect(Collectors.toSet());
        List<Long> done = new ArrayList<>();
        for (Sent row : batch) {
            if (acknowledged.contains(row.id()) && !failedAggregates.contains(row.aggregateId())) {
                done.add(row.id());
            }
        }
        return done;
    }
}
