package vn.motcua.survey.response;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmittedResponse", description = "A recorded response")
public record SubmittedView(
        @Schema(examples = "3f1c2a9e-7b4d-4e5f-9a1b-2c3d4e5f6a7b") UUID responseId,
        @Schema(examples = "1") int questionnaireVersion,
        OffsetDateTime submittedAt,
        @Schema(examples = "ANSWERED") String state) {
}
