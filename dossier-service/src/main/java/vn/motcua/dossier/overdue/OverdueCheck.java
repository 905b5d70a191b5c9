package vn.motcua.dossier.overdue;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Marks pending dossiers past their due date as overdue ({@code dossier.overdue_at}), every
 * {@code motcua.overdue.check-every} (default 5 minutes; {@code off} disables it).
 *
 * <p>Pending means RECEIVED or IN_PROGRESS: while a supplement is requested the processing clock stands still
 * (it restarts with a new due date when the supplement comes back), so such a dossier does not become overdue
 * meanwhile. The mark is not a state and writes no history entry (history records transitions by people); it
 * does not change the dossier's version either, so an officer's If-Match stays valid.
 *
 * <p>Safe with several instances: one UPDATE sets the mark only where it is not set. Two instances running it at
 * the same time both find a row, the second waits for the first's row lock and then re-checks the condition
 * (PostgreSQL, read committed), so each dossier is marked once, by whichever came first.
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private static final String MARK = """
            update dossier set overdue_at = statement_timestamp()
            where overdue_at is null and status in ('RECEIVED', 'IN_PROGRESS') and due_at < statement_timestamp()""";

    private final EntityManager entities;

    public OverdueCheck(EntityManager entities) {
        this.entities = entities;
    }

    @Scheduled(identity = "overdue-check", every = "${motcua.overdue.check-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int marked = markOverdue();
        if (marked > 0) {
            LOG.infof("overdue check: %d dossier(s) newly overdue", marked);
        }
    }

    /** Marks the pending dossiers whose due date has passed; returns how many this call marked. */
    @Transactional
    public int markOverdue() {
        return entities.createNativeQuery(MARK).executeUpdate();
    }
}
