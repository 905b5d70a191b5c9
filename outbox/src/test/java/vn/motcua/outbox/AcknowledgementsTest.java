package vn.motcua.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.outbox.Acknowledgements.Sent;

class AcknowledgementsTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final List<Sent> BATCH = List.of(new Sent(1, A), new Sent(2, B), new Sent(3, A), new Sent(4, C),
            new Sent(5, B));

    @Test
    void everyRowIsMarkedWhenTheBrokerAcknowledgedAll() {
        assertThat(Acknowledgements.markable(BATCH, Set.of(1L, 2L, 3L, 4L, 5L), Set.of()))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aFailedRowHoldsBackEveryRowOfItsAggregateEvenAcknowledgedOnes() {
        // row 3 (A) failed: row 1 (A) was acknowledged but is republished with it so A's events stay in order
        assertThat(Acknowledgements.markable(BATCH, Set.of(1L, 2L, 4L, 5L), Set.of(3L)))
                .containsExactly(2L, 4L, 5L);
    }

    @Test
    void rowsNeverHandedToTheBrokerAreNotMarked() {
        // the send of row 3 failed at once, so rows 4 and 5 were not even tried
        assertThat(Acknowledgements.markable(BATCH, Set.of(1L, 2L), Set.of(3L))).containsExactly(2L);
    }

    @Test
    void nothingIsMarkedWhenTheBrokerAcknowledgedNothing() {
        assertThat(Acknowledgements.markable(BATCH, Set.of(), Set.of(1L, 2L, 4L))).isEmpty();
    }
}
