package vn.motcua.survey.response;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmittedResponse", description = "A recorded response")
public record SubmittedView(UUID responseId, int questionnaireVersion, OffsetDateTime submittedAt, String state) {
}
