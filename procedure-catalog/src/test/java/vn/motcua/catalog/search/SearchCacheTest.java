package vn.motcua.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchCacheTest {

    /** A registry outside any transaction, or inside one whose end the test triggers. */
    static final class FakeTransactions implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end() {
            synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            synchronizations.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void servesRepeatsUntilAChange() {
        FakeTransactions transactions = new FakeTransactions();
        SearchCache cache = new SearchCache(Duration.ofMinutes(1), transactions);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.<Integer>get("k", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("k", computed::incrementAndGet)).isEqualTo(1);
        cache.invalidate();
        assertThat(cache.<Integer>get("k", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aResultComputedWhileTheCatalogChangedIsNotKept() {
        FakeTransactions transactions = new FakeTransactions();
        SearchCache cache = new SearchCache(Duration.ofMinutes(1), transactions);
        // a search that overlaps a change: its result may be older than the change
        assertThat(cache.<String>get("k", () -> {
            cache.invalidate();
            return "old";
        })).isEqualTo("old");
        assertThat(cache.<String>get("k", () -> "new")).isEqualTo("new");
    }

    @Test
    void aChangeInATransactionEmptiesTheCacheAgainWhenItEnds() {
        FakeTransactions transactions = new FakeTransactions();
        SearchCache cache = new SearchCache(Duration.ofMinutes(1), transactions);
        transactions.status = Status.STATUS_ACTIVE;
        cache.invalidate();
        // read before the commit: the writer's change is not visible yet
        assertThat(cache.<String>get("k", () -> "before commit")).isEqualTo("before commit");
        transactions.end();
        assertThat(cache.<String>get("k", () -> "after commit")).isEqualTo("after commit");
    }

    @Test
    void aZeroTtlTurnsItOff() {
        SearchCache cache = new SearchCache(Duration.ZERO, new FakeTransactions());
        AtomicInteger computed = new AtomicInteger();
        cache.get("k", computed::incrementAndGet);
        cache.get("k", computed::incrementAndGet);
        assertThat(computed).hasValue(2);
    }
}
