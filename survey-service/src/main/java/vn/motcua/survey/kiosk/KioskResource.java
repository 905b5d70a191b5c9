package vn.motcua.survey.kiosk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    private final Responses responses;
    private final JsonWebToken caller;

    public KioskResource(Responses responses, JsonWebToken caller) {
        this.responses = responses;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KIOSK)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Submit an anonymous response at the desk",
            description = "Role kiosk; the unit is the token's `unit` claim. Answers the current questionnaire "
                    + "version (questionnaireVersion must name it). 201; 400 naming each invalid field.")
    public Response submit(ResponseInput input) {
        String unit = caller.getClaim("unit");
        if (unit == null || !UnitHierarchy.CODE.matcher(unit).matches()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a kiosk token needs the unit of its desk");
        }
        Responses.Submitted submitted = responses.submitAtKiosk(unit, input);
        return Response.status(Response.Status.CREATED)
                .entity(new KioskResponseView(submitted.responseId(), unit, submitted.questionnaireVersion(),
                        submitted.submittedAt()))
                .build();
    }

    public record KioskResponseView(java.util.UUID responseId, String unitCode, int questionnaireVersion,
            java.time.OffsetDateTime submittedAt) {
    }
}
