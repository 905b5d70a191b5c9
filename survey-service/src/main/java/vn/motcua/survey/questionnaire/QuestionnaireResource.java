package vn.motcua.survey.questionnaire;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.survey.Roles;

@Path("/api/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "Versioned SIPAS questionnaires")
public class QuestionnaireResource {

    private final Questionnaires questionnaires;
    private final QuestionnaireMapper mapper;
    private final JsonWebToken caller;

    public QuestionnaireResource(Questionnaires questionnaires, QuestionnaireMapper mapper, JsonWebToken caller) {
        this.questionnaires = questionnaires;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Path("/current")
    @PermitAll
    @Operation(operationId = "getCurrentQuestionnaire",
            summary = "The current questionnaire",
            description = "The latest published version: groups, questions (which are required) and the 1–5 "
                    + "scale, in Vietnamese and English. Public.")
    public QuestionnaireView current() {
        return questionnaires.current().map(mapper::toView)
                .orElseThrow(() -> ProblemException.notFound("no questionnaire has been published"));
    }

    @GET
    @Path("/{version}")
    @PermitAll
    @Operation(operationId = "getQuestionnaire",
            summary = "One questionnaire version", description = "Public; 404 when the version does not exist.")
    public QuestionnaireView version(@Parameter(description = "the version number, from 1", example = "1")
            @PathParam("version") int version) {
        return questionnaires.version(version).map(mapper::toView)
                .orElseThrow(() -> ProblemException.notFound("no questionnaire version " + version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "publishQuestionnaire",
            summary = "Publish a new questionnaire version",
            description = "Role admin. The new version gets the next number and becomes current; earlier versions "
                    + "stay readable because responses refer to them.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation =
                    QuestionnaireView.class)))
    public Response publish(@Valid @NotNull QuestionnaireDefinition definition, @Context UriInfo uri) {
        QuestionnaireView published = mapper.toView(questionnaires.publish(definition, caller.getName()));
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(published.version())).build())
                .entity(published).build();
    }
}
