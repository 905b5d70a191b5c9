package vn.motcua.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecorderTest {

    @Test
    void mergesSamplesAndCountsOutcomes() {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        for (int i = 0; i < 10_000; i++) { // grows past the initial buffer
            a.record(i, "200", true, 10);
        }
        b.record(5, "500", false, 3);
        b.record(6, "error:ConnectException", false, 0);
        b.record(7, "200", true, 10);
        Recorder.Merged m = Recorder.merge(List.of(a, b));
        assertThat(m.latencies().getTotalCount()).isEqualTo(10_003);
        assertThat(m.latencies().getMaxValue()).as("within 3 significant digits").isBetween(9_999L, 9_999L + 9);
        assertThat(m.outcomes()).containsEntry("200", 10_001L).containsEntry("500", 1L)
                .containsEntry("error:ConnectException", 1L);
        assertThat(m.errors()).containsOnlyKeys("500", "error:ConnectException");
        assertThat(m.errorCount()).isEqualTo(2);
        assertThat(m.bytes()).isEqualTo(100_013);
    }

    @Test
    void aNegativeSampleIsRefused() {
        assertThatThrownBy(() -> new Recorder().record(-1, "200", true, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative latency sample");
    }
}
