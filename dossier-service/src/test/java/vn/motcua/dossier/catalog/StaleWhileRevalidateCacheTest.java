package vn.motcua.dossier.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StaleWhileRevalidateCacheTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicReference<String> catalog = new AtomicReference<>("v1");
    private final List<String> loads = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private final StaleWhileRevalidateCache<String> cache = new StaleWhileRevalidateCache<>("test", key -> {
        loads.add(key);
        String value = catalog.get();
        if ("down".equals(value)) {
            throw new CatalogUnavailableException("down", null);
        }
        return Optional.ofNullable(value);
    }, Duration.ofNanos(100), Duration.ofNanos(50), background::add, clock::get);

    @Test
    void freshEntriesAreServedWithoutLoading() {
        assertThat(cache.get("a")).contains("v1");
        clock.set(99);
        assertThat(cache.get("a")).contains("v1");
        assertThat(loads).containsExactly("a");
        assertThat(background).isEmpty();
    }

    @Test
    void expiredEntriesAreServedWhileOneBackgroundLoadRefreshesThem() {
        cache.get("a");
        catalog.set("v2");
        clock.set(100);
        assertThat(cache.get("a")).contains("v1");
        assertThat(cache.get("a")).contains("v1");
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(cache.get("a")).contains("v2");
    }

    @Test
    void whileTheCatalogIsDownExpiredEntriesStayAndUnknownKeysFail() {
        cache.get("a");
        catalog.set("down");
        clock.set(100);
        assertThat(cache.get("a")).contains("v1");
        background.remove(0).run();
        assertThat(cache.get("a")).contains("v1");
        assertThat(background).isEmpty(); // retried only after retryAfterFailure
        clock.set(150);
        cache.get("a");
        assertThat(background).hasSize(1);
        assertThatThrownBy(() -> cache.get("b")).isInstanceOf(CatalogUnavailableException.class);
    }

    @Test
    void entriesTheCatalogNoLongerKnowsAreDropped() {
        cache.get("a");
        catalog.set(null);
        clock.set(100);
        cache.get("a");
        background.remove(0).run();
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.size()).isZero();
    }
}
