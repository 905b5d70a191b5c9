package vn.motcua.catalog.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import vn.motcua.catalog.field.ProcedureField;
import vn.motcua.catalog.history.CatalogChanged;
import vn.motcua.catalog.procedure.Procedure;
import vn.motcua.catalog.procedure.ProcedureMapper;
import vn.motcua.catalog.procedure.ProcedureView;
import vn.motcua.catalog.unit.AdministrativeUnit;

/**
 * Keeps the {@link CatalogSnapshot} the public search reads up to date. A change made through this instance
 * ({@link CatalogChanged}) shows in the very next search after its transaction ends; a change made through another
 * instance shows once this one notices that the change log grew, which it checks at most every
 * {@code motcua.search.cache-ttl} (default 1 s) — one count query, not one per search.
 */
@ApplicationScoped
public class SearchIndex {

    private final EntityManager em;
    private final ProcedureMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final long checkEveryNanos;
    private final ReentrantLock loading = new ReentrantLock();
    private final ReentrantLock checking = new ReentrantLock();
    /** Counts the changes committed through this instance; a snapshot older than the count is stale. */
    private final AtomicLong localChanges = new AtomicLong();

    private record Loaded(CatalogSnapshot snapshot, long localChanges) {
    }

    private volatile Loaded loaded;
    private volatile long checkedAtNanos = System.nanoTime();

    public SearchIndex(EntityManager em, ProcedureMapper mapper, TransactionSynchronizationRegistry transactions,
            SearchConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.checkEveryNanos = config.cacheTtl().toNanos();
    }

    /** The current catalog: reloaded first when this instance changed it, or when another one did. */
    CatalogSnapshot current() {
        Loaded seen = loaded;
        while (seen == null || seen.localChanges() != localChanges.get()) {
            reloadIfStill(seen);
            seen = loaded;
        }
        long now = System.nanoTime();
        if (now - checkedAtNanos >= checkEveryNanos && checking.tryLock()) {
            try {
                checkedAtNanos = now;
                if (QuarkusTransaction.joiningExisting().call(this::revision) != seen.snapshot().revision()) {
                    reloadIfStill(seen);
                }
            } finally {
                checking.unlock();
            }
        }
        return loaded.snapshot();
    }

    void changed(@Observes CatalogChanged change) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    localChanges.incrementAndGet();
                }
            });
        } else {
            localChanges.incrementAndGet();
        }
    }

    private void reloadIfStill(Loaded seen) {
        loading.lock();
        try {
            if (loaded == seen) {
                // read the counters first: a change committed while loading makes the snapshot stale, never lost
                long changes = localChanges.get();
                loaded = new Loaded(QuarkusTransaction.joiningExisting().call(this::load), changes);
            }
        } finally {
            loading.unlock();
        }
    }

    /** Every change is one row of the change log (rows are never deleted), so its size moves with each commit. */
    private long revision() {
        return ((Number) em.createNativeQuery("select count(*) from catalog_change").getSingleResult()).longValue();
    }

    private CatalogSnapshot load() {
        long revision = revision();
        List<ProcedureView> procedures = Procedure.<Procedure>find("from Procedure p join fetch p.field")
                .withHint(HibernateHints.HINT_READ_ONLY, true).list().stream().map(mapper::toView).toList();
        List<AdministrativeUnit> units = AdministrativeUnit.<AdministrativeUnit>findAll()
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        units.forEach(em::detach);
        Set<String> fields = ProcedureField.<ProcedureField>findAll().list().stream().map(f -> f.code)
                .collect(Collectors.toSet());
        return new CatalogSnapshot(procedures, units, fields, revision);
    }
}
