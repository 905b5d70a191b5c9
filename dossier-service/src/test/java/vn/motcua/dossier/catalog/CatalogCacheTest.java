package vn.motcua.dossier.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The catalog cache's stale-while-revalidate behaviour, on a clock and a background thread the test drives. */
class CatalogCacheTest {

    private static final Duration TTL = Duration.ofNanos(100);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMillis(300);

    private final AtomicLong clock = new AtomicLong(1_000);
    private final AtomicReference<String> catalog = new AtomicReference<>("v1");
    private final List<String> loads = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> background = new ConcurrentLinkedQueue<>();
    private final LoadingCache<String, String> cache = CatalogCache.of("test", key -> {
        loads.add(key);
        String value = catalog.get();
        if ("down".equals(value)) {
            throw new CatalogUnavailableException("down", null);
        }
        return Optional.ofNullable(value);
    }, TTL, RETRY_AFTER_FAILURE, background::add, clock::get);

    /** Runs what the cache handed to its background thread (refreshes, and Caffeine's own upkeep). */
    private void runBackground() {
        for (Runnable task = background.poll(); task != null; task = background.poll()) {
            task.run();
        }
    }

    private void expire() {
        clock.addAndGet(TTL.toNanos() + 1);
    }

    @Test
    void freshEntriesAreServedWithoutLoading() {
        assertThat(cache.get("a")).isEqualTo("v1");
        clock.addAndGet(TTL.toNanos() - 1);
        assertThat(cache.get("a")).isEqualTo("v1");
        runBackground();
        assertThat(loads).containsExactly("a");
    }

    @Test
    void expiredEntriesAreServedWhileOneBackgroundLoadRefreshesThem() {
        cache.get("a");
        catalog.set("v2");
        expire();
        assertThat(cache.get("a")).isEqualTo("v1");
        assertThat(cache.get("a")).isEqualTo("v1");
        assertThat(loads).containsExactly("a"); // the refresh waits for the background thread
        runBackground();
        assertThat(loads).containsExactly("a", "a");
        assertThat(cache.get("a")).isEqualTo("v2");
    }

    @Test
    void whileTheCatalogIsDownExpiredEntriesStayAndUnknownKeysFail() {
        cache.get("a");
        catalog.set("down");
        expire();
        assertThat(cache.get("a")).isEqualTo("v1");
        runBackground();
        assertThat(loads).containsExactly("a", "a");
        assertThat(cache.get("a")).isEqualTo("v1");
        runBackground();
        assertThat(loads).containsExactly("a", "a"); // retried only after retryAfterFailure
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(cache.get("a")).isEqualTo("v1");
            runBackground();
            assertThat(loads).containsExactly("a", "a", "a");
        });
        assertThatThrownBy(() -> cache.get("b")).isInstanceOf(CatalogUnavailableException.class);
    }

    @Test
    void entriesTheCatalogNoLongerKnowsAreDropped() {
        cache.get("a");
        catalog.set(null);
        expire();
        cache.get("a");
        runBackground();
        cache.cleanUp();
        runBackground();
        assertThat(cache.estimatedSize()).isZero();
        assertThat(cache.get("a")).isNull();
    }
}
