package vn.motcua.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load from {@code concurrency} threads until the deadline passes or the request budget is spent, whichever comes
 * first. Closed loop by default: each thread runs the operation back to back. With a {@code rate}, paced: request
 * i is due at {@code start + i / rate} and goes to the next free thread; its latency counts from when it was due,
 * so a server that falls behind is charged for the wait (no coordinated omission). Always bounded: a run without
 * a duration still stops at {@code maxDuration}.
 */
public final class LoadEngine {

    /** Hard upper bounds, whatever the flags say. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(30);
    public static final long MAX_REQUESTS = 20_000_000L;
    public static final int MAX_CONCURRENCY = 1024;
    public static final double MAX_RATE = 100_000;

    /** What to run; {@code rate} is requests per second over all threads, 0 for a closed loop. */
    public record Plan(int concurrency, Duration duration, long requests, Duration warmup, double rate) {
        public Plan(int concurrency, Duration duration, long requests, Duration warmup) {
            this(concurrency, duration, requests, warmup, 0);
        }

        public Plan {
            if (rate < 0 || rate > MAX_RATE) {
                throw new IllegalArgumentException("rate must be 0 (closed loop).." + MAX_RATE + " per second");
            }
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
            phase(plan.concurrency(), plan.warmup(), 0, plan.rate(), op, new AtomicLong(-1_000_000_000_000L));
        }
        if (!quiet) {
            System.err.printf("measuring at concurrency %d%s for %s%s ...%n", plan.concurrency(),
                    plan.rate() > 0 ? String.format(java.util.Locale.ROOT, ", %.0f requests/s", plan.rate()) : "",
                    human(plan.duration()),
                    plan.requests() > 0 ? " or " + plan.requests() + " requests, whichever first" : "");
        }
        return phase(plan.concurrency(), plan.duration(), plan.requests(), plan.rate(), op, new AtomicLong());
    }

    private static Measurement phase(int concurrency, Duration duration, long budget, double rate, Operation op,
            AtomicLong sequence) throws InterruptedException {
        AtomicLong slots = new AtomicLong();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong issued = new AtomicLong();
        long[] bounds = new long[2];
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
                long begin = bounds[0];
                long deadline = bounds[1];
                while (!Thread.currentThread().isInterrupted()) {
                    if (budget > 0 && issued.getAndIncrement() >= budget) {
                        break;
                    }
                    long start;
                    if (rate > 0) {
                        start = begin + (long) (slots.getAndIncrement() * 1e9 / rate);
                        if (start - deadline >= 0) {
                            break;
                        }
                        for (long wait = start - System.nanoTime(); wait > 0; wait = start - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                    } else {
                        start = System.nanoTime();
                        if (start - deadline >= 0) {
                            break;
                        }
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
        bounds[0] = begin;
        bounds[1] = begin + duration.toNanos();
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
