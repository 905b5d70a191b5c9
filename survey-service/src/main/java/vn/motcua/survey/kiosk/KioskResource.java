package vn.motcua.survey.kiosk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;
import vn.motcua.survey.Roles;
import vn.motcua.survey.response.ResponseInput;
import vn.motcua.survey.response.Responses;
import vn.motcua.survey.unit.UnitHierarchy;

/** A tablet at a unit's desk collects anonymous responses for its unit, not tied to a dossier. */
@Path("/api/v1/kiosk/responses")
@Tag(name = "Kiosk", description = "Anonymous responses at the desk (role kiosk)")
public class KioskResource {

    private final KioskResponses responses;
    private final JsonWebToken caller;

    public KioskResource(KioskResponses responses, JsonWebToken caller) {
        this.responses = responses;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KIOSK)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "submitKioskResponse",
            summary = "Submit an anonymous response at the desk",
            description = "Role kiosk; the unit is the token's `unit` claim. Answers the current questionnaire "
                    + "version (questionnaireVersion must name it). 201; 400 naming each invalid field. A tablet "
                    + "that may retry sends an Idempotency-Key (8–200 visible ASCII characters, e.g. a UUID; "
                    + "scoped to the kiosk's unit): a retry with the same key and the same body answers the same "
                    + "201 body again and records nothing new; the same key with another body is 422.")
    @APIResponse(responseCode = "201", description = "Recorded now, or recorded by the earlier request this retry "
            + "repeats (same body)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KioskResponseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid answers or Idempotency-Key; errors[] names each field")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with another body")
    public Response submit(ResponseInput input,
            @Parameter(description = "Makes retries safe: the same key and body record one response")
            @HeaderParam(KioskResponses.IDEMPOTENCY_KEY) String idempotencyKey) {
        String unit = caller.getClaim("unit");
        if (unit == null || !UnitHierarchy.CODE.matcher(unit).matches()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a kiosk token needs the unit of its desk");
        }
        Responses.Submitted submitted = responses.submit(unit, input, idempotencyKey);
        return Response.status(Response.Status.CREATED)
                .entity(new KioskResponseView(submitted.responseId(), unit, submitted.questionnaireVersion(),
                        submitted.submittedAt()))
                .build();
    }

    @Schema(name = "KioskResponse", description = "An anonymous response recorded for the kiosk's unit")
    public record KioskResponseView(
            @Schema(examples = "7a2e4c1b-9d3f-4b6a-8e5c-1f2a3b4c5d6e") java.util.UUID responseId,
            @Schema(examples = "000.00.63.H26") String unitCode,
            @Schema(examples = "1") int questionnaireVersion,
            java.time.OffsetDateTime submittedAt) {
    }
}
