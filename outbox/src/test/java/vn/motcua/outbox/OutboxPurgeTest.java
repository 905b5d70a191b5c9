package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxPurgeTest {

    @Test
    void theRetentionIsGivenToPostgresqlToTheMillisecond() {
        assertThat(OutboxPurge.interval(Duration.ofDays(7))).isEqualTo("604800000 milliseconds");
        assertThat(OutboxPurge.interval(Duration.ofMillis(1500))).isEqualTo("1500 milliseconds");
    }

    @Test
    void aRetentionOfZeroOrLessIsRefused() {
        assertThatThrownBy(() -> OutboxPurge.interval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("motcua.outbox.retention");
        assertThatThrownBy(() -> OutboxPurge.interval(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
