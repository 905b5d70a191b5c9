package vn.motcua.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetterPage", description = "One page of dead letters, oldest first")
public record DeadLetterPage(
        @Schema(description = "Page number from 0", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Dead letters matching the filters, over all pages", examples = "3") long total,
        @Schema(description = "The dead letters of this page") List<DeadLetter> items) {

    boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
