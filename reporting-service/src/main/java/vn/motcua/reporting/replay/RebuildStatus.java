package vn.motcua.reporting.replay;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RebuildStatus", description = "A rebuild of the read models by replaying the event topics")
public record RebuildStatus(
        @Schema(description = "Rebuild id", examples = "9b2f6c1e-4a7d-4e3b-8c5f-0d1e2f3a4b5c") UUID id,
        RebuildState state,
        @Schema(description = "Generation being built (RUNNING) or now served (SWITCHED)", examples = "2") int generation,
        @Schema(description = "When the rebuild was requested") OffsetDateTime startedAt,
        @Schema(description = "When the replay reached the end offsets captured at the start") OffsetDateTime replayedAt,
        @Schema(description = "When the views switched to the new generation, or the rebuild failed")
        OffsetDateTime finishedAt,
        @Schema(description = "Records read from the three topics", examples = "282607") long eventsRead,
        @Schema(description = "Events applied (first deliveries of their id)", examples = "282590") long eventsApplied,
        @Schema(description = "Records skipped because they break the event contract (dead-lettered when live)",
                examples = "17") long eventsInvalid,
        @Schema(description = "Records read per second from start to switch (or to now while running)",
                examples = "25000.0") BigDecimal eventsPerSecond,
        @Schema(description = "Why the rebuild failed (state FAILED)",
                examples = "interrupted: the service stopped during the rebuild") String error) {
}
