package vn.motcua.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedriveSummary", description = "What a re-drive of every pending dead letter of a topic did")
public record RedriveSummary(
        @Schema(description = "The topic", examples = "dossier-received") String topic,
        @Schema(description = "Dead letters applied now", examples = "10") int applied,
        @Schema(description = "Dead letters whose event had been applied before", examples = "1") int alreadyApplied,
        @Schema(description = "Dead letters that still cannot be applied (they stay pending)", examples = "0")
        int failed) {
}
