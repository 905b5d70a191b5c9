package vn.motcua.reporting.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.problem.ProblemException;
import vn.motcua.reporting.Roles;

@Path("/api/v1/read-models/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Read models", description = "Operations on the KPI read models (role admin)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    private final Rebuilds rebuilds;
    private final JsonWebToken caller;

    public RebuildResource(Rebuilds rebuilds, JsonWebToken caller) {
        this.rebuilds = rebuilds;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "rebuildReadModels",
            summary = "Rebuild the read models by replaying the event topics",
            description = "Starts a rebuild in the background and answers 202 at once. The rebuild reads "
                    + "dossier-received, dossier-resolved and survey-response-submitted from their beginning into a "
                    + "fresh generation of the read-model tables while the current one keeps serving every KPI; once it "
                    + "has caught up with the live consumers it switches the KPIs to the new generation in one "
                    + "transaction. Records that break the event contract are skipped, as the live consumers "
                    + "dead-letter them. Only one rebuild runs at a time: 409 while another is RUNNING. Follow it "
                    + "at the Location returned.")
    @APIResponse(responseCode = "202", description = "Rebuild started",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "409", description = "Another rebuild is running (its id in runningRebuildId)",
            content = @Content(mediaType = "application/problem+json"))
    public Response start(@Context UriInfo uri) {
        RebuildStatus started = rebuilds.start(caller.getName());
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder().path(started.id().toString()).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRebuild",
            summary = "State of a rebuild",
            description = "RUNNING (replaying; the previous generation serves), SWITCHED (the KPIs read the new "
                    + "generation) or FAILED (the previous generation still serves), with the records read and "
                    + "applied so far and the replay speed in records per second.")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "404", description = "No rebuild has this id",
            content = @Content(mediaType = "application/problem+json"))
    public RebuildStatus status(@Parameter(description = "Rebuild id returned by the POST",
            example = "9b2f6c1e-4a7d-4e3b-8c5f-0d1e2f3a4b5c") @PathParam("id") String id) {
        UUID rebuildId;
        try {
            rebuildId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No rebuild " + id + ".");
        }
        return rebuilds.find(rebuildId).orElseThrow(() -> ProblemException.notFound("No rebuild " + id + "."));
    }
}
