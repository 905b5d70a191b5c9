package vn.motcua.reporting.replay;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RebuildStatus", description = "A rebuild of the read models by replaying the event topics")
public record RebuildStatus(
        @Schema(description = "Rebuild id") UUID id,
        RebuildState state,
        @Schema(description = "Generation being built (RUNNING) or now served (SWITCHED)", examples = "2") int generation,
        @Schema(description = "When the rebuild was requested") OffsetDateTime startedAt,
        @Schema(description = "When the replay reached the end offsets captured at the start") OffsetDateTime replayedAt,
        @Schema(description = "When the views switched to the new generation, or the rebuild failed")
        OffsetDateTime finishedAt,
        @Schema(description = "Records read from the three topics") long eventsRead,
        @Schema(description = "Events applied (first deliveries of their id)") long eventsApplied,
        @Schema(description = "Records skipped because they break the event contract (dead-lettered when live)")
        long eventsInvalid,
        @Schema(description = "Records read per second from start to switch (or to now while running)",
                examples = "25000.0") BigDecimal eventsPerSecond,
        @Schema(description = "Why the rebuild failed") String error) {
}
