package vn.motcua.deadletter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedriveResult", description = "What a re-drive of one dead letter did")
public record RedriveResult(
        @Schema(description = "Dead letter id", examples = "42") long id,
        @Schema(description = "Topic the record was read from", examples = "dossier-received") String topic,
        @Schema(description = "CloudEvents id, as in the dead letter", examples = "7d0f3c52-8a1b-4e6f-9c2d-5b4a3e1f0d9c")
        String eventId,
        RedriveOutcome outcome,
        @Schema(description = "Why it still cannot be applied (FAILED), else null",
                examples = "dossier-received payload lacks surveyToken") String reason) {
}
