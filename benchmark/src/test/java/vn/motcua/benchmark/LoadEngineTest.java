package vn.motcua.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadEngineTest {

    @Test
    void stopsAfterTheRequestBudgetAndCountsErrors() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ConcurrentHashMap<Integer, Boolean> workers = new ConcurrentHashMap<>();
        Operation op = (worker, seq) -> {
            workers.put(worker, true);
            int n = calls.incrementAndGet();
            if (n % 10 == 0) {
                throw new java.io.IOException("boom");
            }
            return new Operation.Outcome(n % 5 == 0 ? "503" : "200", n % 5 != 0, 1);
        };
        LoadEngine.Plan plan = new LoadEngine.Plan(4, Duration.ofMinutes(1), 1_000, Duration.ZERO);
        LoadEngine.Measurement m = LoadEngine.run(plan, op, true);
        assertThat(calls.get()).isEqualTo(1_000);
        assertThat(m.merged().latencies().getTotalCount()).isEqualTo(1_000);
        assertThat(m.merged().outcomes()).containsEntry("error:IOException", 100L).containsEntry("503", 100L)
                .containsEntry("200", 800L);
        assertThat(m.merged().errorCount()).isEqualTo(200);
        assertThat(workers.keySet()).allMatch(w -> w >= 0 && w < 4);
    }

    @Test
    void pacedRunsSendAtTheRateAndChargeAServerThatFallsBehindForTheWait() throws Exception {
        Operation fast = (worker, seq) -> new Operation.Outcome("200", true, 0);
        LoadEngine.Measurement paced = LoadEngine.run(
                new LoadEngine.Plan(4, Duration.ofSeconds(1), 0, Duration.ZERO, 200), fast, true);
        // 200 per second for one second, whatever the threads could do closed loop
        assertThat(paced.merged().latencies().getTotalCount()).isBetween(190L, 201L);

        // one thread, 100 due per second, each taking 20 ms: the server falls behind and the queueing shows
        Operation slow = (worker, seq) -> {
            Thread.sleep(20);
            return new Operation.Outcome("200", true, 0);
        };
        LoadEngine.Measurement behind = LoadEngine.run(
                new LoadEngine.Plan(1, Duration.ofMillis(500), 0, Duration.ZERO, 100), slow, true);
        assertThat(behind.merged().latencies().getMaxValue()).isGreaterThan(150_000_000L);
        assertThatThrownBy(() -> new LoadEngine.Plan(1, Duration.ofSeconds(1), 0, Duration.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopsAtTheDeadline() throws Exception {
        Operation op = (worker, seq) -> {
            Thread.sleep(2);
            return new Operation.Outcome("200", true, 0);
        };
        long t0 = System.nanoTime();
        LoadEngine.Measurement m = LoadEngine.run(new LoadEngine.Plan(2, Duration.ofMillis(300), 0, Duration.ofMillis(100)),
                op, true);
        long wall = System.nanoTime() - t0;
        assertThat(m.elapsedNanos()).isBetween(300_000_000L, 2_000_000_000L);
        assertThat(wall).isLessThan(3_000_000_000L);
        assertThat(m.merged().latencies().getTotalCount()).isBetween(10L, 400L);
    }

    @Test
    void rejectsUnboundedPlans() {
        assertThatThrownBy(() -> new LoadEngine.Plan(0, Duration.ofSeconds(1), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadEngine.Plan(1, Duration.ofHours(2), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadEngine.Plan(1, Duration.ZERO, 10, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadEngine.Plan(1, Duration.ofSeconds(1), LoadEngine.MAX_REQUESTS + 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
