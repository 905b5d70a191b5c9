package vn.motcua.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.history.CatalogChanged;

/**
 * Recent search results, for the many citizens who search for the same few procedures. Every catalog change
 * made through this instance ({@link CatalogChanged}) empties it at once and again when its transaction ends;
 * changes made through another instance show after at most {@code motcua.search.cache-ttl} (default 30 s; 0 turns
 * the cache off). A search that started before a change never stores its (older) result after it.
 */
@ApplicationScoped
public class SearchCache {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(Object value, long generation, long expiresAtNanos) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final TransactionSynchronizationRegistry transactions;

    public SearchCache(@ConfigProperty(name = "motcua.search.cache-ttl", defaultValue = "30s") Duration ttl,
            TransactionSynchronizationRegistry transactions) {
        this.ttlNanos = ttl.toNanos();
        this.transactions = transactions;
    }

    /** The cached value for {@code key}, or {@code compute}'s, stored unless the catalog changed meanwhile. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAtNanos() < 0) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, current, now + ttlNanos));
        return value;
    }

    void changed(@Observes CatalogChanged change) {
        invalidate();
    }

    /** Forgets everything now and again when the current transaction (if any) ends, whatever its outcome. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
    }
}
