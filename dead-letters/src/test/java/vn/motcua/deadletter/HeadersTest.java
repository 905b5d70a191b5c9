package vn.motcua.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void headersComeBackAsTheyWereInOrderWithNullValuesAndArbitraryBytes() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "7d0f3c52".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", null);
        headers.add("odd", new byte[] {0, (byte) 0xff, 10});
        headers.add("ce_id", "second".getBytes(StandardCharsets.UTF_8));

        RecordHeaders back = Headers.decode(Headers.encode(headers));

        assertThat(back.toArray()).hasSize(4);
        Header[] all = back.toArray();
        assertThat(all[0].key()).isEqualTo("ce_id");
        assertThat(all[1].value()).isNull();
        assertThat(all[2].value()).containsExactly(0, 0xff, 10);
        assertThat(Headers.text(back, "ce_id")).isEqualTo("second");
        assertThat(Headers.text(back, "ce_type")).isNull();
        assertThat(Headers.decode(Headers.encode(new RecordHeaders())).toArray()).isEmpty();
    }

    @Test
    void whatAnAdministratorSeesIsOnePrintableBoundedLine() {
        assertThat(Texts.firstLine("ERROR: duplicate key\n  Detail: Key (token)=(secret) already exists", 100))
                .isEqualTo("ERROR: duplicate key");
        assertThat(Texts.firstLine("bad\u0000token\u001b[31m", 100)).isEqualTo("bad\uFFFDtoken\uFFFD[31m");
        assertThat(Texts.firstLine("x".repeat(50), 10)).isEqualTo("x".repeat(10) + "…");
        assertThat(Texts.firstLine(null, 10)).isNull();
    }
}
