package vn.motcua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} threads each run the operation back to back until the
 * deadline passes or the request budget is spent, whichever comes first. Always bounded: a run
 * without a duration still stops at {@code maxDuration}.
 */
public final class LoadEngine {

    /** Hard upper bounds, whatever the flags say. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(30);
    public static final long MAX_REQUESTS = 20_000_000L;
    public static final int MAX_CONCURRENCY = 1024;

    public record Plan(int concurrency, Duration duration, long requests, Duration warmup) {
        public Plan {
            if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
                throw new IllegalArgumentException("concurrency must be 1.." + MAX_CONCURRENCY);
            }
            if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
                throw new IllegalArgumentException("duration must be > 0 and ≤ " + MAX_DURATION.toMinutes() + " min");
            }
            if (requests < 0 || requests > MAX_REQUESTS) {
                throw new IllegalArgumentException("requests must be 0 (unlimited within the duration).." + MAX_REQUESTS);
            }
            if (warmup == null || warmup.isNegative() || warmup.compareTo(MAX_DURATION) > 0) {
                throw new IllegalArgumentException("warmup must be ≥ 0 and ≤ " + MAX_DURATION.toMinutes() + " min");
            }
        }
    }

    /** Raw figures of one measured phase. */
    public record Measurement(long elapsedNanos, Recorder.Merged merged) {
    }

    private LoadEngine() {
    }

    public static Measurement run(Plan plan, Operation op, boolean quiet) throws InterruptedException {
        if (!plan.warmup().isZero()) {
            if (!quiet) {
                System.err.printf("warm-up for %s at concurrency %d ...%n", human(plan.warmup()), plan.concurrency());
            }
            phase(plan.concurrency(), plan.warmup(), 0, op, new AtomicLong(-1_000_000_000_000L));
        }
        if (!quiet) {
            System.err.printf("measuring at concurrency %d for %s%s ...%n", plan.concurrency(), human(plan.duration()),
                    plan.requests() > 0 ? " or " + plan.requests() + " requests, whichever first" : "");
        }
        return phase(plan.concurrency(), plan.duration(), plan.requests(), op, new AtomicLong());
    }

    private static Measurement phase(int concurrency, Duration duration, long budget, Operation op, AtomicLong sequence)
            throws InterruptedException {
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong issued = new AtomicLong();
        long[] bounds = new long[1];
        for (int w = 0; w < concurrency; w++) {
            Recorder rec = new Recorder();
            recorders.add(rec);
            int worker = w;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long deadline = bounds[0];
                while (!Thread.currentThread().isInterrupted()) {
                    if (budget > 0 && issued.getAndIncrement() >= budget) {
                        break;
                    }
                    long start = System.nanoTime();
                    if (start - deadline >= 0) {
                        break;
                    }
                    long seq = sequence.getAndIncrement();
                    Operation.Outcome outcome;
                    try {
                        outcome = op.execute(worker, seq);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        outcome = new Operation.Outcome(describe(e), false, 0);
                    }
                    rec.record(System.nanoTime() - start, outcome.label(), outcome.success(), outcome.bytes());
                }
            }, "load-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        long begin = System.nanoTime();
        bounds[0] = begin + duration.toNanos();
        go.countDown();
        // Every thread re-checks the deadline before each operation; an operation in flight at the
        // deadline is allowed to finish (bounded by the scenario's own request timeout).
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - begin;
        return new Measurement(elapsed, Recorder.merge(recorders));
    }

    static String describe(Throwable e) {
        // Unwrap only generic wrappers: a ConnectException caused by a ClosedChannelException
        // should be reported as the ConnectException it is.
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.io.UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return "error:" + t.getClass().getSimpleName();
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
