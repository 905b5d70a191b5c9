package vn.motcua.deadletter;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetter", description = "A record a consumer could not apply, kept for an administrator to "
        + "re-drive once the cause is fixed. Its payload is not shown.")
public record DeadLetter(
        @Schema(description = "Dead letter id", examples = "42") long id,
        @Schema(description = "Topic the record was read from", examples = "dossier-received") String topic,
        @Schema(description = "Partition of the record", examples = "0") int partition,
        @Schema(description = "Offset of the record in its partition", examples = "1734") long offset,
        @Schema(description = "CloudEvents id (ce_id header) as far as it is printable, null when absent",
                examples = "7d0f3c52-8a1b-4e6f-9c2d-5b4a3e1f0d9c") String eventId,
        @Schema(description = "CloudEvents type (ce_type header) as far as it is printable, null when absent",
                examples = "vn.motcua.dossier.received.v1") String eventType,
        @Schema(description = "Why it could not be applied (first line of the error, control characters replaced)",
                examples = "dossier-received payload lacks surveyToken") String reason,
        @Schema(description = "Class of the error", examples = "vn.motcua.events.InvalidEventException") String cause,
        @Schema(description = "When it was dead-lettered (again)", examples = "2026-07-14T09:30:00+07:00")
        OffsetDateTime deadLetteredAt,
        @Schema(description = "Re-drives tried so far", examples = "1") int redriveAttempts,
        @Schema(description = "When a re-drive applied it (or found it applied); null while pending",
                examples = "2026-07-14T10:05:00+07:00") OffsetDateTime redrivenAt) {
}
