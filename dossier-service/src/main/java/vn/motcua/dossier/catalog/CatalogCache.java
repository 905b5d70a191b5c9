package vn.motcua.dossier.catalog;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Caffeine caches of catalog entries that never make a caller wait for a refresh ({@code refreshAfterWrite}): a
 * fresh entry is served as is; an older one is served too while one background load refreshes it, and stays in
 * service when the catalog is down; only a key never seen is loaded in the caller's thread. An entry the catalog
 * no longer knows (empty on refresh) is dropped.
 */
final class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);
    /** The catalog holds a few thousand procedures and units; this only bounds abuse. */
    static final int MAX_ENTRIES = 50_000;

    private CatalogCache() {
    }

    /**
     * A cache over {@code lookup} (empty when the catalog does not know the key; throws
     * {@link CatalogUnavailableException} when it cannot tell); {@link LoadingCache#get} answers null for an
     * unknown key, which is not cached.
     */
    static <V> LoadingCache<String, V> of(String name, Function<String, Optional<V>> lookup, Duration ttl,
            Duration retryAfterFailure, Executor background, Ticker ticker) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .refreshAfterWrite(ttl)
                .executor(background)
                .ticker(ticker)
                .build(new CacheLoader<String, V>() {
                    @Override
                    public V load(String key) {
                        return lookup.apply(key).orElse(null);
                    }

                    @Override
                    public CompletableFuture<V> asyncReload(String key, V stale, Executor executor) {
                        return CompletableFuture.supplyAsync(() -> load(key), executor)
                                .exceptionallyCompose(failure -> heldBack(name, key, failure, retryAfterFailure));
                    }
                });
    }

    /**
     * A failed refresh stays in flight for {@code retryAfterFailure}, so Caffeine keeps serving the stale entry
     * and starts no other refresh of it meanwhile; then it is cancelled, which Caffeine drops quietly, and the next
     * read of the entry tries again.
     */
    private static <V> CompletableFuture<V> heldBack(String name, String key, Throwable failure,
            Duration retryAfterFailure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CatalogUnavailableException) {
            LOG.warnf("catalog unavailable, serving the cached %s %s: %s", name, key, cause.getMessage());
        } else {
            LOG.errorf(cause, "refreshing the cached %s %s failed", name, key);
        }
        CompletableFuture<V> held = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(retryAfterFailure.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> held.cancel(false));
        return held;
    }
}
