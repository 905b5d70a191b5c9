package vn.motcua.dossier.catalog;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * A cache of catalog entries that never makes a caller wait for a refresh: a fresh entry is served as is; an
 * expired one is served too while one background load refreshes it (and stays in service, retried later, when
 * the catalog is down); only a key never seen is loaded in the caller's thread. An entry the catalog no longer
 * knows (404 on refresh) is dropped.
 */
final class StaleWhileRevalidateCache<V> {

    private static final Logger LOG = Logger.getLogger(StaleWhileRevalidateCache.class);
    static final int MAX_ENTRIES = 50_000;

    private record Entry<V>(V value, long expiresAt) {
    }

    private final String name;
    private final Function<String, Optional<V>> loader;
    private final long ttlNanos;
    private final long retryNanos;
    private final Executor background;
    private final LongSupplier clock;
    private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    /**
     * @param loader loads one key: empty when the catalog does not know it; throws
     *        {@link CatalogUnavailableException} when it cannot tell
     */
    StaleWhileRevalidateCache(String name, Function<String, Optional<V>> loader, Duration ttl, Duration retryAfterFailure,
            Executor background, LongSupplier clock) {
        this.name = name;
        this.loader = loader;
        this.ttlNanos = ttl.toNanos();
        this.retryNanos = retryAfterFailure.toNanos();
        this.background = background;
        this.clock = clock;
    }

    /** The entry for {@code key}; empty when the catalog does not know it. */
    Optional<V> get(String key) {
        Entry<V> entry = entries.get(key);
        if (entry != null) {
            if (clock.getAsLong() - entry.expiresAt >= 0) {
                refreshInBackground(key);
            }
            return Optional.of(entry.value);
        }
        Optional<V> loaded = loader.apply(key);
        loaded.ifPresent(value -> put(key, value, ttlNanos));
        return loaded;
    }

    /** Makes every entry due for a refresh on its next use; the entries stay in service meanwhile. */
    void expireAll() {
        long now = clock.getAsLong();
        entries.replaceAll((key, entry) -> new Entry<>(entry.value, now));
    }

    int size() {
        return entries.size();
    }

    private void put(String key, V value, long lifetimeNanos) {
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(key)) {
            entries.clear(); // the catalog holds a few thousand procedures and units; this only bounds abuse
        }
        entries.put(key, new Entry<>(value, clock.getAsLong() + lifetimeNanos));
    }

    private void refreshInBackground(String key) {
        if (!refreshing.add(key)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    Optional<V> fresh = loader.apply(key);
                    if (fresh.isPresent()) {
                        put(key, fresh.get(), ttlNanos);
                    } else {
                        entries.remove(key);
                    }
                } catch (CatalogUnavailableException e) {
                    Entry<V> stale = entries.get(key);
                    if (stale != null) {
                        put(key, stale.value, retryNanos); // keep serving it; try again later
                    }
                    LOG.warnf("catalog unavailable, serving the cached %s %s: %s", name, key, e.getMessage());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "refreshing the cached %s %s failed", name, key);
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.remove(key);
        }
    }
}
