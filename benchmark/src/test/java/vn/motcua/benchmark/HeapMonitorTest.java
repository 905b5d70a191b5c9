package vn.motcua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapMonitorTest {

    /** As dossier-service's /q/metrics serves it (Micrometer, SerialGC, -Xmx256m). */
    private static final String METRICS = """
            # HELP jvm_memory_max_bytes The maximum amount of memory in bytes that can be used for memory management
            # TYPE jvm_memory_max_bytes gauge
            jvm_memory_max_bytes{area="heap",id="Tenured Gen"} 1.78978816E8
            jvm_memory_max_bytes{area="heap",id="Eden Space"} 7.1630848E7
            jvm_memory_max_bytes{area="nonheap",id="Metaspace"} -1.0
            jvm_memory_max_bytes{area="nonheap",id="CodeCache"} 5.0331648E7
            jvm_memory_max_bytes{area="heap",id="Survivor Space"} 8912896.0
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 4.3470248E7
            jvm_memory_used_bytes{area="heap",id="Eden Space"} 1.6395456E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 1.10642024E8
            jvm_memory_used_bytes{area="heap",id="Survivor Space"} 112432.0
            jvm_memory_committed_bytes{area="heap",id="Eden Space"} 2.0E7
            jvm_gc_live_data_size_bytes 4.3470248E7
            """;

    @Test
    void heapIsTheSumOverTheHeapPoolsOnly() {
        HeapMonitor.Sample sample = HeapMonitor.parse(METRICS);
        assertThat(sample.usedBytes()).isEqualTo(43_470_248L + 16_395_456L + 112_432L);
        assertThat(sample.maxBytes()).isEqualTo(178_978_816L + 71_630_848L + 8_912_896L);
        assertThat(sample.liveBytes()).as("old generation after the last full GC").isEqualTo(43_470_248L);
    }

    @Test
    void aPageWithoutTheJvmMetricsSaysNothing() {
        HeapMonitor.Sample sample = HeapMonitor.parse("http_server_requests_seconds_count{method=\"GET\"} 3.0\n");
        assertThat(sample.usedBytes()).isEqualTo(-1);
        assertThat(sample.maxBytes()).isEqualTo(-1);
        assertThat(sample.liveBytes()).isEqualTo(-1);
    }
}
