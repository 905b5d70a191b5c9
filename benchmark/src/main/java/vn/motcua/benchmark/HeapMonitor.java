package vn.motcua.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls a service's Prometheus metrics ({@code /q/metrics}, Micrometer's JVM binder) on a thread of its own and keeps
 * the peak of the heap in use: the sum of {@code jvm_memory_used_bytes{area="heap"}} over the heap's pools, and the
 * heap's limit (the sum of their {@code jvm_memory_max_bytes}, i.e. {@code -Xmx}). That figure includes garbage not
 * yet collected (a collector lets the heap fill before it runs), so it is an upper bound of what the service holds;
 * what it really keeps is the old generation after a full collection, {@code jvm_gc_live_data_size_bytes}, whose peak
 * is kept too: flat memory means that one stays put however many bytes stream through.
 */
final class HeapMonitor implements AutoCloseable {

    private static final Pattern HEAP_SAMPLE = Pattern.compile(
            "(?m)^(jvm_memory_used_bytes|jvm_memory_max_bytes)\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LIVE_SAMPLE = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})?\\s+(\\S+)");

    /**
     * One scrape: bytes in use and the limit, over the heap's pools, and the old generation after the last full
     * collection; {@code -1} when the metrics did not say.
     */
    record Sample(long usedBytes, long maxBytes, long liveBytes) {
    }

    /** What was seen over the polling: peak and first sample, the limit, how many scrapes answered. */
    record Peak(long peakUsedBytes, long firstUsedBytes, long maxBytes, long peakLiveBytes, long firstLiveBytes,
            long samples, long failures) {
        double peakUsedMiB() {
            return mib(peakUsedBytes);
        }

        double peakLiveMiB() {
            return mib(peakLiveBytes);
        }

        double firstLiveMiB() {
            return mib(firstLiveBytes);
        }

        private static double mib(long bytes) {
            return Report.round(bytes / (1024.0 * 1024), 1);
        }

        double maxMiB() {
            return mib(maxBytes);
        }

        double firstUsedMiB() {
            return mib(firstUsedBytes);
        }
    }

    private final HttpClient client;
    private final URI metrics;
    private final Duration every;
    private final Thread poller;
    private volatile boolean running = true;
    private long peak = -1;
    private long first = -1;
    private long max = -1;
    private long peakLive = -1;
    private long firstLive = -1;
    private long samples;
    private long failures;

    HeapMonitor(HttpClient client, URI metrics, Duration every) {
        this.client = client;
        this.metrics = metrics;
        this.every = every;
        this.poller = new Thread(this::poll, "heap-monitor");
        poller.setDaemon(true);
    }

    /** Parses a Prometheus text exposition; only series whose labels say {@code area="heap"} count. */
    static Sample parse(String text) {
        long used = -1;
        long max = -1;
        Matcher m = HEAP_SAMPLE.matcher(text);
        while (m.find()) {
            if (!m.group(2).contains("area=\"heap\"")) {
                continue;
            }
            double value = Double.parseDouble(m.group(3));
            if (value < 0) {
                continue; // a pool without a limit of its own
            }
            if (m.group(1).equals("jvm_memory_used_bytes")) {
                used = Math.max(used, 0) + (long) value;
            } else {
                max = Math.max(max, 0) + (long) value;
            }
        }
        Matcher live = LIVE_SAMPLE.matcher(text);
        return new Sample(used, max, live.find() ? (long) Double.parseDouble(live.group(1)) : -1);
    }

    HeapMonitor start() {
        poller.start();
        return this;
    }

    private void poll() {
        while (running) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(metrics)
                        .timeout(Duration.ofSeconds(5)).header("Accept", "text/plain").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Sample sample = response.statusCode() == 200 ? parse(response.body()) : new Sample(-1, -1, -1);
                record(sample);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                record(new Sample(-1, -1, -1));
            }
            LockSupport.parkNanos(every.toNanos());
        }
    }

    private synchronized void record(Sample sample) {
        if (sample.usedBytes() < 0) {
            failures++;
            return;
        }
        samples++;
        if (first < 0) {
            first = sample.usedBytes();
        }
        peak = Math.max(peak, sample.usedBytes());
        max = Math.max(max, sample.maxBytes());
        if (firstLive < 0) {
            firstLive = sample.liveBytes();
        }
        peakLive = Math.max(peakLive, sample.liveBytes());
    }

    synchronized Peak peak() {
        return new Peak(peak, first, max, peakLive, firstLive, samples, failures);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(10_000);
    }
}
