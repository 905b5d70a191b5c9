package vn.motcua.systemtests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's heap as its Prometheus metrics ({@code /q/metrics}) show it, read on a thread of its own while a test
 * drives the service: the heap's limit ({@code -Xmx}, the sum of the heap pools' {@code jvm_memory_max_bytes}) and
 * the most it kept after a full collection ({@code jvm_gc_live_data_size_bytes}), which is what would grow if the
 * service held what streams through it.
 */
final class ServiceHeap implements AutoCloseable {

    private static final Pattern HEAP_MAX = Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)");
    private static final Pattern LIVE = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})?\\s+(\\S+)");

    private final String metricsUrl;
    private final Thread poller;
    private volatile boolean running = true;
    private long maxHeap = -1;
    private long peakLive = -1;
    private int answered;
    private int unanswered;

    private ServiceHeap(String metricsUrl) {
        this.metricsUrl = metricsUrl;
        this.poller = new Thread(this::poll, "heap-of-" + metricsUrl);
        poller.setDaemon(true);
    }

    static ServiceHeap watch(String metricsUrl) {
        ServiceHeap heap = new ServiceHeap(metricsUrl);
        heap.poller.start();
        return heap;
    }

    private void poll() {
        while (running) {
            try {
                Http.Response metrics = Http.get(metricsUrl, null, java.util.Map.of("Accept", "text/plain"));
                record(metrics.status() == 200 ? metrics.body() : null);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                record(null);
            }
        }
    }

    private synchronized void record(String metrics) {
        if (metrics == null) {
            unanswered++;
            return;
        }
        answered++;
        long max = 0;
        for (Matcher m = HEAP_MAX.matcher(metrics); m.find(); ) {
            max += Math.max(0, (long) Double.parseDouble(m.group(1)));
        }
        maxHeap = Math.max(maxHeap, max);
        Matcher live = LIVE.matcher(metrics);
        if (live.find()) {
            peakLive = Math.max(peakLive, (long) Double.parseDouble(live.group(1)));
        }
    }

    synchronized long maxHeapBytes() {
        return maxHeap;
    }

    synchronized long peakLiveBytes() {
        return peakLive;
    }

    synchronized int answered() {
        return answered;
    }

    synchronized int unanswered() {
        return unanswered;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join(10_000);
    }
}
